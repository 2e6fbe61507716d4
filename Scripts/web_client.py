"""A browser for the web checks' scripts, over plain sockets: it keeps its cookies and the
last page's form token, sends the Origin a browser sends with this site's forms, and can
speak from another loopback address (127.0.0.x) to stand for another client."""
import http.client
import re
import time
import urllib.parse


class Client:
    def __init__(self, host, port, source=None):
        self.host, self.port, self.source = host, port, source
        self.cookies = {}
        self.csrf = ""

    def request(self, method, path, fields=None):
        """Returns (status, text, seconds taken)."""
        body = urllib.parse.urlencode(fields) if fields is not None else None
        headers = {"Host": f"{self.host}:{self.port}", "Origin": f"http://{self.host}:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(
            self.host, self.port, timeout=60, source_address=(self.source, 0) if self.source else None)
        started = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        elapsed = time.perf_counter() - started
        connection.close()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        found = re.search(r'name="csrf" value="([0-9a-f]{64})"', text)
        if found:
            self.csrf = found.group(1)
        return response.status, text, elapsed

    def sign_in(self, login, password):
        """The sign-in form, as a person fills it; returns the status of the POST."""
        self.request("GET", "/login")
        return self.request("POST", "/login", {"csrf": self.csrf, "login": login, "password": password})[0]
