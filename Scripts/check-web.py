"""A training round in a real browser, as a centre's coordinator and the ministry's viewer
would run it against `cadre serve --demo`: Selenium drives Debian's headless Chromium
through chromedriver. Every step saves a screenshot under OUT; what the browser stored is
written to OUT/facts.json for check-web.sh to compare with the CLI.

Usage: check-web.py BASE_URL OUT
"""
import csv
import json
import os
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, OUT = sys.argv[1].rstrip("/"), sys.argv[2]
DOWNLOADS = os.path.join(OUT, "downloads")
os.makedirs(DOWNLOADS, exist_ok=True)
facts = {}
step = [0]


def browser(width=1280, height=900, language="az"):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs", {"download.default_directory": DOWNLOADS, "download.prompt_for_download": False, "intl.accept_languages": f"{language},en"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shot(driver, name):
    step[0] += 1
    driver.save_screenshot(os.path.join(OUT, f"{step[0]:02d}-{name}.png"))


def expect(condition, message):
    if not condition:
        raise SystemExit(f"FAIL: {message}")


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def click(driver, element):
    """Clicks something that loads a new page, and waits until the new page is there."""
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()

    def replaced(_):
        try:
            old.is_enabled()
            return False
        except Exception:  # stale, or "does not belong to the document": either way, a new page
            return True

    WebDriverWait(driver, 20).until(replaced)


def sign_in(driver, login, password):
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "password").send_keys(password)
    click(driver, driver.find_element(By.CSS_SELECTOR, "form.stacked button[type=submit]"))
    expect(driver.current_url.endswith("/home"), f"{login} signed in lands on /home, not {driver.current_url}")


def submit(driver, form_selector):
    click(driver, driver.find_element(By.CSS_SELECTOR, form_selector + " button[type=submit]"))


def codes_on_screen(driver, path, name):
    """The QR codes a phone's camera would read on the page at `path`: its screenshot, decoded
    by zbarimg (one URL per code)."""
    driver.get(BASE + path)
    screen = os.path.join(OUT, f"{name}.png")
    driver.save_screenshot(screen)
    shot(driver, name)
    return subprocess.run(["zbarimg", "-q", "--raw", screen], capture_output=True, text=True).stdout.split()


def write_csv(name, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=";", lineterminator="\r\n").writerows(rows)
    return path


coordinator = browser()
try:
    # 1. The coordinator signs in: the dashboard.
    sign_in(coordinator, "koordinator", "saatli-koordinator-2021")
    expect("koordinator · koordinator · Saatlı" in text(coordinator), "the dashboard names the user, role and centre: " + text(coordinator)[:300])
    shot(coordinator, "dashboard")

    # 2. A sign-up sheet with a mistake is refused whole, naming the line and the field.
    header = ["Ad Soyad", "Cins", "Peşə", "Təşkilat", "ref"]
    people = [
        ["Həsənova Günel", "qadın", "Sosial işçi", "Saatlı RİH", "WEB-1"],
        ["Məmmədov Orxan", "kişi", "Polis əməkdaşı", "Saatlı RPŞ", "WEB-2"],
        ["<b>Qasımova</b> Şəhla", "qadın", "Məktəb psixoloqu", "Saatlı 3 saylı məktəb", "WEB-3"],
    ]
    bad = write_csv("signup-bad.csv", [header, people[0], ["Məmmədov Orxan", "", "Polis əməkdaşı", "Saatlı RPŞ", "WEB-2"]])
    coordinator.get(BASE + "/trainees/upload")
    coordinator.find_element(By.ID, "file").send_keys(bad)
    submit(coordinator, "form.stacked")
    page = text(coordinator)
    expect("signup-bad.csv:3" in page, "the refused upload names the file and line: " + page[:400])
    shot(coordinator, "upload-refused")

    good = write_csv("signup.csv", [header] + people)
    coordinator.get(BASE + "/trainees/upload")
    coordinator.find_element(By.ID, "file").send_keys(good)
    submit(coordinator, "form.stacked")
    expect("Fayl yükləndi" in text(coordinator), "the good sheet is imported")
    shot(coordinator, "upload-done")

    # 3. Schedule an event from a course (after the demo round, so nothing clashes).
    coordinator.get(BASE + "/events/new")
    Select(coordinator.find_element(By.ID, "course")).select_by_value("DV-101")
    Select(coordinator.find_element(By.ID, "venue")).select_by_visible_text("Saatlı mərkəzi, təlim zalı")
    start = coordinator.find_element(By.ID, "start")
    coordinator.execute_script("arguments[0].value = '2021-12-13'", start)
    shot(coordinator, "schedule-form")
    submit(coordinator, "form.stacked")
    expect("/events/" in coordinator.current_url, "scheduling opens the new event, not " + coordinator.current_url)
    event = coordinator.current_url.rsplit("/", 1)[1]
    facts["event"] = event
    sessions = len(coordinator.find_elements(By.XPATH, "//a[contains(@href, '/sessions/')]"))
    expect(sessions >= 2, f"the event has sessions with roll calls ({sessions})")
    facts["sessions"] = sessions

    # 4. Enrol the three by search and checkboxes.
    coordinator.get(BASE + f"/events/{event}?q=WEB-")
    boxes = coordinator.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name=ref]")
    expect(len(boxes) == 3, f"the search finds the three uploaded people ({len(boxes)})")
    for box in boxes:
        box.click()
    click(coordinator, coordinator.find_element(By.XPATH, "//form[contains(@action, '/enrol')]//button[@type='submit']"))
    expect("Qeydiyyata alındı: 3" in text(coordinator), "three enrolled")
    expect("<b>Qasımova</b> Şəhla" in text(coordinator), "an HTML-looking name shows as text")
    shot(coordinator, "event-enrolled")

    # 5. The roll call of every session on a tablet: Günel and Orxan come to all; Şəhla misses
    #    two, so she will not complete; a walk-in is added at the first.
    coordinator.set_window_size(800, 1280)
    marks = 0
    for number in range(1, sessions + 1):
        coordinator.get(BASE + f"/events/{event}/sessions/{number}")
        rows = coordinator.find_elements(By.CSS_SELECTOR, "ul.roll li")
        refs = [row.get_attribute("id")[2:] for row in rows]
        for ref in refs:
            name = coordinator.find_element(By.ID, "p-" + ref).find_element(By.CLASS_NAME, "name").text
            status = "absent" if ("Qasımova" in name and number <= 2) else ("late" if "Orxan" in name and number == 1 else "present")
            click(coordinator, coordinator.find_element(By.CSS_SELECTOR, f"li#p-{ref} button[value={status}]"))
            expect(f"/sessions/{number}" in coordinator.current_url, "a tap comes back to the roll call")
            chosen = coordinator.find_element(By.CSS_SELECTOR, f"li#p-{ref} button.chosen")
            expect(chosen.get_attribute("value") == status, f"the tap on {ref} shows as {status}")
            marks += 1
        if number == 1:
            shot(coordinator, "roll-call-session-1")
            forms = coordinator.find_elements(By.CSS_SELECTOR, "form.stacked")
            coordinator.find_element(By.ID, "walkin-name").send_keys("Nəsibova Aytac")
            Select(coordinator.find_element(By.ID, "walkin-sex")).select_by_value("female")
            Select(coordinator.find_element(By.ID, "walkin-profession")).select_by_visible_text("Jurnalist")
            click(coordinator, forms[-1].find_element(By.CSS_SELECTOR, "button[type=submit]"))
            expect("Nəsibova Aytac *" in text(coordinator), "the walk-in is on the list, marked as one")
            marks += 1
            shot(coordinator, "roll-call-walk-in")
    facts["marks"] = marks
    coordinator.set_window_size(1280, 900)

    # 6. Scores as one form.
    coordinator.get(BASE + f"/events/{event}/scores")
    for field in coordinator.find_elements(By.CSS_SELECTOR, "input.score"):
        name = field.get_attribute("name")
        if "Nəsibova" in field.get_attribute("aria-label"):
            continue
        field.clear()
        field.send_keys("9" if name.startswith("pre:") else "17")
    submit(coordinator, "form[action$='/scores']")
    expect("Yadda saxlanıldı: 6" in text(coordinator), "six scores saved: " + text(coordinator)[:300])
    shot(coordinator, "scores")

    # 7. Completion and certificates: issue, see why Şəhla did not complete, print all.
    coordinator.get(BASE + f"/events/{event}/certificates")
    click(coordinator, coordinator.find_element(By.XPATH, "//form[substring(@action, string-length(@action) - 12) = '/certificates']//button"))
    expect("Verildi: 2 sertifikat" in text(coordinator), "two certificates issued: " + text(coordinator)[:300])
    expect("sessiyadan" in text(coordinator), "the reason Şəhla did not complete is shown in Azerbaijani")
    shot(coordinator, "certificates")
    serial = coordinator.find_element(By.XPATH, "//input[@name='serial']").get_attribute("value")
    facts["serial"] = serial
    click(coordinator, coordinator.find_element(By.PARTIAL_LINK_TEXT, "Hamısını çap et"))
    facts["code"] = coordinator.find_element(By.CSS_SELECTOR, ".code").text.strip()
    expect(len(coordinator.find_elements(By.CSS_SELECTOR, "section, .certificate, article")) >= 1 or "Həsənova Günel" in text(coordinator),
           "the print page holds the certificates")
    shot(coordinator, "certificates-print")
finally:
    coordinator.quit()

# 8. Anyone can verify a certificate, without signing in.
public = browser(412, 915)
try:
    public.get(BASE + "/verify/" + facts["code"])
    page = text(public)
    expect("etibarlıdır" in page and facts["serial"] in page, "the public page verifies the certificate by its code: " + page[:300])
    shot(public, "verify-public")
    # The serial alone (sequential, printed) shows nobody.
    public.get(BASE + "/verify/" + facts["serial"])
    page = text(public)
    expect("yoxlama kodunu" in page and "Günel" not in page, "a serial alone asks for the code: " + page[:300])
finally:
    public.quit()

# 9. The ministry's viewer makes the donor report and downloads it.
viewer = browser()
try:
    sign_in(viewer, "nazirlik", "nazirlik-hesabat-2021")
    viewer.get(BASE + "/reports")
    Select(viewer.find_element(By.NAME, "by1")).select_by_value("profession")
    Select(viewer.find_element(By.NAME, "by2")).select_by_value("sex")
    click(viewer, viewer.find_element(By.CSS_SELECTOR, "form.row button[type=submit]"))
    expect("Təlim keçmiş mütəxəssislər" in text(viewer), "the trained report is shown")
    shot(viewer, "report")
    viewer.find_element(By.LINK_TEXT, "CSV").click()
    import time
    for _ in range(50):
        done = [name for name in os.listdir(DOWNLOADS) if name.endswith(".csv")]
        if done:
            break
        time.sleep(0.1)
    expect(done, "the CSV was downloaded")
    with open(os.path.join(DOWNLOADS, done[0]), encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    facts["reportTotal"] = rows[-1][-1]
    expect(rows[0][0] == "profession", "the CSV starts with its header: " + ",".join(rows[0]))
finally:
    viewer.quit()

# 10. Self check-in by QR code: the trainer's screen, decoded from a screenshot as a phone's
#     camera would; the phone checks in; the trainer confirms.
trainer = browser()
phone = browser(412, 915)
try:
    sign_in(trainer, "koordinator", "saatli-koordinator-2021")
    decoded = " ".join(codes_on_screen(trainer, "/events/CHECKIN-TODAY/sessions/1/check-in", "check-in-screen"))
    expect(decoded.startswith(BASE + "/c/"), f"the QR code decodes to the check-in URL: {decoded!r}")
    phone.get(decoded)
    shot(phone, "phone-check-in-form")
    phone.find_element(By.ID, "ref").send_keys("T-00001")
    submit(phone, "form.stacked")
    page = text(phone)
    expect("Sağ olun, İlahə!" in page and "Rzayeva" not in page, "the phone is thanked by first name only: " + page[:300])
    shot(phone, "phone-checked-in")
    trainer.get(BASE + "/events/CHECKIN-TODAY/sessions/1/check-in")
    expect("Rzayeva İlahə" in text(trainer), "the trainer's list shows the arrival")
    click(trainer, trainer.find_element(By.XPATH, "//form[contains(@action, '/check-in/confirm')]//button"))
    shot(trainer, "check-in-confirmed")
    facts["checkedIn"] = "T-00001"
    facts["sessionTokens"] = [trainer.get_cookie("cadre_session")["value"]]
    facts["checkInURL"] = decoded
finally:
    trainer.quit()
    phone.quit()

# 11. Feedback at the door: the last session's screen shows a second code; a phone set to
#     Russian decodes it, answers, and is thanked; someone not enrolled is refused in Russian
#     with what they typed kept; the coordinator's feedback page hides one form as "<5".
trainer = browser(1280, 2000)
phone = browser(412, 915, "ru")
try:
    sign_in(trainer, "koordinator", "saatli-koordinator-2021")
    decoded = codes_on_screen(trainer, "/events/FEEDBACK-TODAY/sessions/1/check-in", "feedback-screen")
    feedback = [url for url in decoded if url.startswith(BASE + "/f/")]
    expect(len(feedback) == 1 and any(url.startswith(BASE + "/c/") for url in decoded),
           f"the last session's screen shows both codes, and the feedback one decodes: {decoded!r}")
    phone.get(feedback[0])
    page = text(phone)
    expect("Отзыв" in page or "обучени" in page, "the phone's form is in Russian: " + page[:300])
    expect("без имени" in page, "the form says answers are kept without the name: " + page[:400])
    shot(phone, "phone-feedback-form")

    def answer_all(driver):
        names = []
        for radio in driver.find_elements(By.CSS_SELECTOR, "input[type=radio]"):
            if radio.get_attribute("name") not in names:
                names.append(radio.get_attribute("name"))
        for name in names:
            choices = driver.find_elements(By.CSS_SELECTOR, f"input[type=radio][name='{name}']")
            choices[-1 if "relevance" in name or "trainer" in name else len(choices) // 2].click()

    answer_all(phone)
    phone.find_element(By.CSS_SELECTOR, "textarea").send_keys("Больше разборов случаев")
    phone.find_element(By.ID, "ref").send_keys("T-00005")
    submit(phone, "form")
    page = text(phone)
    expect("Спасибо" in page and "сохранены" in page, "the phone is thanked in Russian: " + page[:300])
    shot(phone, "phone-feedback-sent")
    # Someone who is not enrolled: refused in Russian, their answers and reference kept.
    phone.get(feedback[0])
    answer_all(phone)
    phone.find_element(By.ID, "ref").send_keys("T-00050")
    submit(phone, "form")
    page = text(phone)
    expect("Мы не нашли вас" in page, "someone not enrolled is not found: " + page[:300])
    expect(phone.find_element(By.ID, "ref").get_attribute("value") == "T-00050", "the reference typed is kept")
    expect(len(phone.find_elements(By.CSS_SELECTOR, "input[type=radio]:checked")) >= 5, "the answers chosen are kept")
    shot(phone, "phone-feedback-refused")
    trainer.get(BASE + "/events/FEEDBACK-TODAY/feedback")
    page = text(trainer)
    expect("<5" in page and "Больше разборов" not in page, "one form is hidden as <5, its text too: " + page[:400])
    shot(trainer, "feedback-report")
    facts["feedbackURL"] = feedback[0]
finally:
    trainer.quit()
    phone.quit()

with open(os.path.join(OUT, "facts.json"), "w") as file:
    json.dump(facts, file)
print(f"browser flow: {step[0]} screenshots, event {facts['event']}, {facts['marks']} marks, certificate {facts['serial']}, report total {facts['reportTotal']}")
