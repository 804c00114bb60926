#!/usr/bin/env python3
"""Creates N recipients with a five-line draft decision each (directly at the Assessment service) and prints the
draft ids, one per line, for grant.lua. With a zone and --grant, the recipients live in that zone and their
decisions are granted as well (the reconciliation benchmark's population).
Usage: prepare.py <service-url> <token> <count> <first-serial> [<zone> [--grant]]"""
import json, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor

url, token, count, first = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
zone = sys.argv[5] if len(sys.argv) > 5 else "Nordfold"
grant = "--grant" in sys.argv[6:]
W1, W2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

def check(digits, weights):
    r = 11 - sum(d * w for d, w in zip(digits, weights)) % 11
    return 0 if r == 11 else (-1 if r == 10 else r)

def fnrs():
    n = first
    while True:
        day, individual = 1 + n // 500 % 28, n % 500
        digits = [int(c) for c in f"{day:02d}0140{individual:03d}"]
        k1 = check(digits, W1)
        if k1 >= 0:
            k2 = check(digits + [k1], W2)
            if k2 >= 0:
                yield "".join(map(str, digits + [k1, k2])), f"1940-01-{day:02d}"
        n += 1

def post(path, body):
    req = urllib.request.Request(url + path, b"" if body is None else json.dumps(body).encode(), {"Authorization": "Bearer " + token, "Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req) as r:
        return json.load(r)

LINES = [
    {"serviceCode": "personal_care", "minutesPerVisit": 30, "frequency": {"kind": "daily"}, "timeWindows": [{"start": "07:00", "end": "10:00"}]},
    {"serviceCode": "medication", "minutesPerVisit": 10, "frequency": {"kind": "timesPerDay", "timesPerDay": 3},
     "timeWindows": [{"start": "07:00", "end": "09:00"}, {"start": "12:00", "end": "14:00"}, {"start": "19:00", "end": "21:00"}]},
    {"serviceCode": "shower", "minutesPerVisit": 45, "frequency": {"kind": "weekdays", "weekdays": ["thursday"]}, "doubleStaffing": True},
    {"serviceCode": "cleaning", "minutesPerVisit": 60, "frequency": {"kind": "everyNWeeks", "intervalWeeks": 2, "weekdays": ["tuesday"]}},
    {"serviceCode": "supervisory_visit", "minutesPerVisit": 15, "frequency": {"kind": "weekdays", "weekdays": ["saturday", "sunday"]}, "exactTime": "16:00"},
]

def one(pair):
    fnr, born = pair
    rid = post("/api/assessment/recipients", {"name": "Bench Person", "birthDate": born, "nationalId": fnr, "zone": zone, "preferredLanguage": "nb",
        "address": {"street": "Fjordveien 1", "postalCode": "8286", "city": "Nordfold", "latitude": 67.76, "longitude": 15.19}})["id"]
    draft = post("/api/assessment/decisions", {"recipientId": rid, "validFrom": "2027-01-01", "lines": LINES})["id"]
    if grant:
        post(f"/api/assessment/decisions/{draft}/grant", None)
    return draft

gen = fnrs()
pairs = [next(gen) for _ in range(count)]
with ThreadPoolExecutor(8) as pool:
    for draft in pool.map(one, pairs):
        print(draft)
