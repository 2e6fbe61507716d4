"""Every web page at a phone's and a tablet's width (360, 390, 768 px), in a real browser:
no page may scroll sideways (document.documentElement.scrollWidth > innerWidth), and the
things people tap — buttons, form fields, the navigation and language links — are at least
44 px tall. Screenshots at 390 px go to OUT/widths/ to be looked at.

Usage: check-web-widths.py BASE_URL OUT EVENT CODE
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

BASE, OUT, EVENT, CODE = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4]
# A personal follow-up link's path (/q/TOKEN), open now: the public questionnaire page.
FOLLOW_UP = sys.argv[5] if len(sys.argv) > 5 else None
os.makedirs(os.path.join(OUT, "widths"), exist_ok=True)
failures = []


def browser(width):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},900", "--lang=az", "--hide-scrollbars"):
        options.add_argument(argument)
    # Azerbaijani first: its words are the longest of the three on most buttons.
    options.add_experimental_option("prefs", {"intl.accept_languages": "az"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(width, 900)
    return driver


def sign_in(driver, login, password):
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]").click()


# What is measured on each page: its sideways overflow, and the tap targets that are too small.
MEASURE = """
const doc = document.documentElement;
const small = [];
for (const element of document.querySelectorAll('button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, nav a')) {
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) continue;
  if (box.height < 44) small.push((element.tagName + ' ' + (element.textContent || element.name || element.type || '')).trim().slice(0, 40) + ' ' + Math.round(box.height) + 'px');
}
return [doc.scrollWidth, window.innerWidth, small];
"""

PAGES = {
    "coordinator": [
        "/home", "/events", f"/events/{EVENT}", f"/events/{EVENT}?q=a", f"/events/{EVENT}/sessions/1", f"/events/{EVENT}/sessions/1/check-in",
        f"/events/{EVENT}/scores", f"/events/{EVENT}/certificates", "/events/new", "/trainees", "/trainees?q=ə", "/trainees/upload",
        "/trainees/T-00001", "/trainees/duplicates", "/reports", "/reports?kind=trained&by=profession,sex",
        "/reports?kind=delivery&by=centre,course", "/reports?kind=assessment&by=course",
        f"/events/{EVENT}/feedback", f"/events/{EVENT}/follow-up", "/reports?report=feedback&group=trainer", "/reports?report=follow-up",
    ],
    "admin": ["/admin/users"],
    None: ["/", "/login", f"/verify/{CODE}", "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ", "/c", "/nowhere", "/q/ABCDEFGHJKLMNPQRSTUV"] + ([FOLLOW_UP] if FOLLOW_UP else []),
}
ACCOUNTS = {"coordinator": ("koordinator", "saatli-koordinator-2021"), "admin": ("admin", "demo-inzibatci-2021")}
pages = 0
for width in (360, 390, 768):
    for who, paths in PAGES.items():
        driver = browser(width)
        try:
            if who:
                sign_in(driver, *ACCOUNTS[who])
            for path in paths:
                driver.get(BASE + path)
                scroll, inner, small = driver.execute_script(MEASURE)
                pages += 1
                if scroll > inner:
                    failures.append(f"{width}px {path}: {scroll - inner}px wider than the screen")
                if small:
                    failures.append(f"{width}px {path}: tap targets under 44px: {', '.join(sorted(set(small))[:12])}")
                if width == 390:
                    name = (who or "public") + path.replace("/", "_").replace("?", "_").replace("&", "_").replace("=", "-")
                    driver.save_screenshot(os.path.join(OUT, "widths", f"{name[:80]}.png"))
        finally:
            driver.quit()

for failure in failures:
    print("FAIL:", failure)
print(f"widths: {pages} page views at 360, 390 and 768 px; {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
