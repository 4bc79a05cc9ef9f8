#!/usr/bin/env python3
"""Writes the PII dev and held-out sets (see README.md). Deterministic: python3 make-sets.py"""
import random

def iban(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"

def luhn_complete(prefix, length):
    digits = [int(d) for d in prefix]
    while len(digits) < length - 1:
        digits.append(random.randint(0, 9))
    for c in range(10):
        ds = digits + [c]
        s = 0
        for i, d in enumerate(reversed(ds)):
            if i % 2 == 1:
                d *= 2
                if d > 9: d -= 9
            s += d
        if s % 10 == 0:
            return "".join(map(str, ds))

def steuer_id():
    while True:
        first = [random.randint(1, 9)] + [random.randint(0, 9) for _ in range(9)]
        counts = {}
        for d in first: counts[d] = counts.get(d, 0) + 1
        rep = [n for n in counts.values() if n > 1]
        if len(rep) != 1 or rep[0] > 3: continue
        product = 10
        for d in first:
            s = (d + product) % 10
            if s == 0: s = 10
            product = (s * 2) % 11
        return "".join(map(str, first)) + str((11 - product) % 10)

def ahv():
    body = "756" + "".join(str(random.randint(0, 9)) for _ in range(9))
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)

def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))

def make(seed, people, streets, templates_de, templates_en, keeps):
    random.seed(seed)
    lines, expected, keep = [], [], []
    for i in range(120):
        first, last = random.choice(people)
        lang_de = i % 2 == 0
        ib = iban("DE", "".join(str(random.randint(0, 9)) for _ in range(18)))
        ib_fmt = random.choice([group(ib, 4), group(ib, 4).lower(), group(ib, 4, "\u00a0"), ib])
        prefix = random.choice(["4", "51", "52", "37"])
        card = luhn_complete(prefix, 15 if prefix == "37" else 16)
        card_fmt = random.choice([group(card, 4), group(card, 4, "."), group(card, 4, "-"), card])
        sid = steuer_id()
        sid_fmt = f"{sid[:2]} {sid[2:5]} {sid[5:8]} {sid[8:]}"
        phone = random.choice(["030 / 123 45 67", "(030) 1234567", "+49 30 1234567", "0151-1234567", "0176 98765432", "+43 1 5334567", "044 668 18 00", "+44 20 7946 0958", "(212) 555-0123", "0049 89 2345678"])
        email_local = f"{first.lower()}.{last.lower()}".replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
        email = random.choice([f"{email_local}@example.de", f"{first.lower()}(at)example.de", f"{first.lower()} [at] example [dot] de", f"{email_local}@mail.example.com"])
        street = random.choice(streets)
        dob = random.choice(["12.03.1985", "4. Juli 1990", "1979-11-23", "03/07/1988", "21 March 1992"])
        handle = f"@{first.lower()}_{random.choice(['outdoor', 'runs', 'hikes'])}"
        ahv_v = ahv()
        ahv_fmt = f"{ahv_v[:3]}.{ahv_v[3:7]}.{ahv_v[7:11]}.{ahv_v[11:]}"
        values = dict(first=first, last=last, name=f"{first} {last}", iban=ib_fmt, card=card_fmt, sid=sid_fmt, phone=phone, email=email, street=street, dob=dob, handle=handle, ahv=ahv_fmt, nino="AB 12 34 56 C")
        kp = random.choice(keeps)
        values.update(kp)
        template = random.choice(templates_de if lang_de else templates_en)
        line = template.format(**values)
        lines.append(line)
        n = len(lines)
        for key, typ in [("name", "PERSON"), ("iban", "IBAN"), ("card", "CARD"), ("sid", "TAX_ID"), ("phone", "PHONE"), ("email", "EMAIL"), ("street", "ADDRESS"), ("dob", "DATE_OF_BIRTH"), ("handle", "SOCIAL_HANDLE"), ("ahv", "SOCIAL_SECURITY_ID"), ("nino", "SOCIAL_SECURITY_ID")]:
            if "{" + key + "}" in template:
                expected.append((n, typ, values[key]))
        for key in ["product", "price", "sku", "code", "date"]:
            if "{" + key + "}" in template:
                keep.append((n, key.upper(), values[key]))
    return lines, expected, keep

def write(prefix, lines, expected, keep):
    with open(f"{prefix}-input.txt", "w") as f: f.write("\n".join(lines) + "\n")
    with open(f"{prefix}-expected.tsv", "w") as f:
        f.write("line\ttype\tvalue\n" + "".join(f"{l}\t{t}\t{v}\n" for l, t, v in expected))
    with open(f"{prefix}-keep.tsv", "w") as f:
        f.write("line\ttype\tvalue\n" + "".join(f"{l}\t{t}\t{v}\n" for l, t, v in keep))

KEEPS_DEV = [
    dict(product="Fjell Jacke", price="1.299,00 €", sku="FJ-2024-XL", code="4006381333931", date="31.12.2026"),
    dict(product="Anna Trail Shoe", price="$49.99", sku="ATS-42-BLK", code="v2.3.1", date="1 May 2025"),
    dict(product="Nordlicht Daunenjacke", price="249,95 €", sku="NL-DJ-003", code="Bestellnummer 2024-123456", date="15.03.2026"),
    dict(product="Luna Zelt 2P", price="€ 399", sku="LZ-2P-GRN", code="GTIN 0012345678905", date="March 3, 2026"),
]
KEEPS_HELD = [
    dict(product="Max Komfort Hose", price="89,90 €", sku="MK-H-32", code="Order #100-234-5678", date="30.06.2026"),
    dict(product="Ella Merino Shirt", price="£35.00", sku="EMS-M-RED", code="ISBN 978-3-16-148410-0", date="June 30, 2026"),
    dict(product="Fjord Pro Rucksack", price="129 CHF", sku="FPR-30L", code="Art.-Nr. 123 456 789", date="01.09.2026"),
]
PEOPLE_DEV = [("Anna", "Schmidt"), ("Lukas", "Müller"), ("Sarah", "Johnson"), ("Mehmet", "Yilmaz"), ("Katarzyna", "Nowak"), ("James", "Wilson"), ("Julia", "Becker"), ("Thomas", "Wagner"), ("Emily", "Clarke"), ("Giulia", "Rossi")]
PEOPLE_HELD = [("Sophie", "Hartmann"), ("Jonas", "Krüger"), ("Olivia", "Brown"), ("Fatma", "Demir"), ("Daniel", "Evans"), ("Lena", "Vogel"), ("Oliver", "Hughes"), ("Elif", "Kaya")]
STREETS_DEV = ["Musterstraße 12, 10115 Berlin", "Hauptstr. 5a, 80331 München", "Am Markt 3, 1010 Wien", "Bahnhofplatz 1, 8001 Zürich", "221B Baker Street, London NW1 6XE", "123 Main St, Springfield, IL 62704"]
STREETS_HELD = ["Lindenallee 44, 50667 Köln", "Gartenweg 7b, 20095 Hamburg", "10 Downing Street, London SW1A 2AA", "742 Evergreen Terrace, Springfield, OR 97403", "Seestrasse 15, 8002 Zürich"]

T_DEV_DE = [
    "Kampagne für {product} ({price}, {sku}): Ansprechpartnerin ist {name}, erreichbar unter {phone} oder {email}.",
    "Testimonial von Kundin {name}, geboren am {dob}, wohnt {street}. Produkt: {product}, Aktion gültig bis {date}.",
    "Erstattung an {name}: IBAN {iban}, Steuer-ID {sid}. Artikel {sku}, {code}, Preis {price}.",
    "Influencerin {name} (folgt ihr auf Instagram {handle}) stellt die {product} vor, Start {date}.",
    "Zahlung per Karte {card} von Frau {last}, Telefon {phone}. Bitte {product} für {price} bewerben.",
    "Bitte Herrn {last} erwähnen: {street}, AHV-Nr. {ahv}, Mail {email}. Produkt {product} ({sku}).",
]
T_DEV_EN = [
    "Campaign for the {product} at {price} ({sku}); contact {name} at {email} or {phone}.",
    "Customer story: {name}, born {dob}, lives at {street}. Feature the {product}, valid until {date}.",
    "Refund to {name}, IBAN {iban}, card {card}. Item {sku}, {code}, price {price}.",
    "Creator {name} — follow on TikTok {handle} — reviews the {product} from {date}.",
    "Signed by Mr {last}, NINO {nino}, phone {phone}. Promote {product} for {price}.",
    "Quote from {name} ({email}), Steuer-ID {sid}, about the {product} ({sku}, {code}).",
]
T_HELD_DE = [
    "Hallo {first}, bitte die {product} ({price}) bis {date} pushen. Rückfragen an {email} oder {phone}.",
    "Gewinnerin: {name}, {street}, Geburtsdatum {dob}. Preis: {product} ({sku}).",
    "Überweisung: {iban} (Kontoinhaber {name}), Kreditkarte {card}, {code}.",
    "Kooperation mit {name}, Insta {handle}, Honorar {price} für {product}.",
    "Unterzeichnet von {name}, Steuer-ID {sid}, Tel. {phone}, Artikel {sku}.",
]
T_HELD_EN = [
    "Dear {first}, please launch the {product} ({price}) on {date}. Questions to {email} or {phone}.",
    "Winner: {name}, {street}, date of birth {dob}. Prize: {product} ({sku}).",
    "Payment from {name}: card {card}, IBAN {iban}, {code}.",
    "Partnership with {name} (Instagram {handle}), fee {price} for the {product}.",
    "Contact person: {name}, national insurance {nino}, mobile {phone}, item {sku}.",
]

if __name__ == "__main__":
    write("dev", *make(13, PEOPLE_DEV, STREETS_DEV, T_DEV_DE, T_DEV_EN, KEEPS_DEV))
    write("heldout", *make(31, PEOPLE_HELD, STREETS_HELD, T_HELD_DE, T_HELD_EN, KEEPS_HELD))
