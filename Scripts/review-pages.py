"""Screenshots of every page kind in az, en and ru for people to look at (Scripts/review-pages.sh):
the web application at 1280 and 390 px, each page whole (the window grown to the page's
height, at most 4000 px), and the printed pages (PRINTED-{lang}) at an A4 landscape width.

Usage: review-pages.py BASE_URL OUT EVENT CODE WORK
"""
import glob
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

BASE, OUT, EVENT, CODE, WORK = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
LANGUAGES = ("az", "en", "ru")
PAGES = {
    "coordinator": [
        "/home", "/events", f"/events/{EVENT}", f"/events/{EVENT}/sessions/1", f"/events/{EVENT}/sessions/1/check-in",
        f"/events/{EVENT}/scores", f"/events/{EVENT}/certificates", "/events/new", "/trainees", "/trainees/upload",
        "/trainees/T-00001", "/trainees/duplicates", "/reports", "/reports?report=delivery&by1=centre&by2=course",
        "/reports?report=assessment",
    ],
    "admin": ["/admin/users"],
    None: ["/", "/login", f"/verify/{CODE}", "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ", "/c", "/nowhere"],
}
ACCOUNTS = {"coordinator": ("koordinator", "saatli-koordinator-2021"), "admin": ("admin", "demo-inzibatci-2021")}


def browser(width):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},900", "--hide-scrollbars"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def whole(driver, width, file):
    height = min(4000, driver.execute_script("return document.documentElement.scrollHeight"))
    driver.set_window_size(width, max(height, 600))
    driver.save_screenshot(file)
    driver.set_window_size(width, 900)


def name(path):
    return path.strip("/").replace("/", "_").replace("?", "_").replace("&", "_").replace("=", "-")[:80] or "index"


shots = 0
for width in (1280, 390):
    for who, paths in PAGES.items():
        driver = browser(width)
        try:
            if who:
                driver.get(BASE + "/login")
                driver.find_element(By.ID, "login").send_keys(ACCOUNTS[who][0])
                driver.find_element(By.ID, "password").send_keys(ACCOUNTS[who][1])
                driver.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]").click()
            for language in LANGUAGES:
                folder = os.path.join(OUT, "web", language, str(width))
                os.makedirs(folder, exist_ok=True)
                for path in paths:
                    driver.get(BASE + path + ("&" if "?" in path else "?") + "lang=" + language)
                    whole(driver, width, os.path.join(folder, f"{who or 'public'}-{name(path)}.png"))
                    shots += 1
        finally:
            driver.quit()

driver = browser(1123)
try:
    for language in LANGUAGES:
        folder = os.path.join(OUT, "printed", language)
        os.makedirs(folder, exist_ok=True)
        for file in sorted(glob.glob(os.path.join(WORK, f"printed-{language}", "**", "*.html"), recursive=True)):
            driver.get("file://" + file)
            whole(driver, 1123, os.path.join(folder, os.path.relpath(file, os.path.join(WORK, f"printed-{language}")).replace("/", "_")[:-5] + ".png"))
            shots += 1
finally:
    driver.quit()
print(f"{shots} screenshots")
