#!/usr/bin/env python3
"""The PII scan's cost against the square of its input.

Every unit below, repeated to 512 KiB and to 2 MiB, is scanned by
`switchyard pii scan`; a reader that walks back or forward over the whole
text (or all its findings) for each match costs 16 times as much for 4 times
the text, where a linear one costs 4 times. A shape whose time grows more
than 8-fold (CPU time, after the process's start) to over 0.5 s, or that
takes over 4 s at 2 MiB, is
reported and the script exits 1. Each unit is a worst case for one reader:
runs of separators, of cues, of a script's names, of half-entities.

    python3 bench/pii_scaling.py [build/switchyard] [--machine]

With --machine the text is read as the gateway reads tool arguments and
other structured fields (`pii scan --machine`).
"""
import os
import resource
import subprocess
import sys
import tempfile

SHAPES = {
    # Found growing with the square, and mended (docs/BENCHMARKS.md).
    "csv": "Anna Favre,a.favre@example.org,Linz\n", "lists": "Greetings from Lars Freisen, Gala and Malia Hommel! ",
    "speakers": "[10:32] Diara Hommel: can you send it?\n", "displaynames": "Diara Hommel <d@example.org>, ",
    "addressees": "Malia Favre\nHauptstraße 12, 8010 Graz\n\n", "dashes": "Anna-Maria-",
    "streets": "Hauptstraße 12, ", "privkey": "-----BEGIN PRIVATE KEY-----",
    # Runs of separators, cues, names of scripts, half-entities.
    "card":"4111 1111 1111 1111 ", "iban":"DE89 3704 0044 0532 0130 00 ", "email":"a.b@c.d ",
    "emailnotld":"a@b ", "url":"https://x.example.org/a?b=c ", "ipv6":"2001:db8::1 ", "colons2":"::",
    "longword":"abcdefghij", "longnum":"1234567890", "b64":"QUJDREVGR0g=", "brackets":"[{", "jsonkv":'"name":"',
    "cjk":"王小明", "arabic":"محمد علي ", "thai":"สมชาย ", "korean":"김민준 ", "hindi":"राहुल शर्मा ",
    "georgian":"გიორგი ", "hebrew":"דוד כהן ", "mr":"Mr. ", "dear":"Dear ", "strasse":"Straße ",
    "postcode":"8010 Graz ", "written":"12 March 1981 ", "tel":"Tel: ", "name":"Name: ", "imya":"Имя: ",
    "rrko":"Kim Min-jun ", "md":"| Anna | Favre |\n", "emoji":"😀", "combining":"e\u0301", "zwsp":"A\u200bB ",
    "crlf":"\r\n", "spaces":" ", "dotsnum":"1.2.3.", "hyphnum":"12-34-", "plus":"+1 ", "paren":"(0) ",
    "ext":"x123 ", "slashdate":"12/03/", "amp":"&amp;", "pct":"%20", "bs":"\\u00e9", "upper":"ANNA ",
    "capshyph":"Anna-", "apos":"O'", "comma2":", ", "semicol":"Anna;", "tab":"\t", "pipe":"|", "at":"@",
    "dotcap":"A.", "cyrcaps":"Иван ", "greek":"Νίκος ", "titlecase2":"Anna Favre ", "ofthe":"of the ",
    "von":"von ", "de":"de la ", "nums_words":"Street 5 ", "unit":"Apt 5, ", "pobox":"PO Box 12 ",
    "ssn":"123-45-6789 ", "ip":"10.0.0.1 ", "mac":"00:1a:2b:", "hex":"0x1f ", "uuid":"a1b2c3d4-",
    "date_iso":"2024-01-02T", "time":"12:34:56 ", "money":"$1,234.56 ", "pct2":"45% ", "cue_phone":"phone ",
    "lt_gt":"<a@b>", "quote_name":'"Anna" <', "bracket_ts":"[10:32] ", "greet":"Hi Anna, ", "sign":"--\nAnna\n",
    "json_deep":'{"a":', "arr":'["Anna",', "kv":"name=Anna&", "yaml":"name: Anna\n", "xml":"<name>Anna</name>",
    "hangul_rr":"Min-jun ", "urdu":"احمد ", "devanagari_nospace":"राहुल", "thai_nospace":"สมชาย", "kana":"タナカ",
    "hira":"たなか", "fullwidth":"ＡＢＣ", "nbsp":"Anna\u00a0", "rtl":"\u202e", "bom":"\ufeff",
    "manycolon":"Anna: ", "manylt":"Anna <", "andand":"and ", "listn":"Anna, Bob, ", "initials":"A. B. ",
    "ordinal":"1st ", "roman":"III ", "address_de":"Hauptstraße 12\n8010 Graz\n", "c_o":"c/o ",
    "cyr_label":"ФИО: Иванов Иван Иванович\n", "greek_label":"Όνομα: ", "uk":"пане ", "zh_label":"姓名：",
    
    "one":"1 ", "twelve":"12 ", "plusparen":"+1 (", "zero":"0 ", "dotsp":". ", "march":"March ", "d12dot":"12.", "d1dot":"1.",
    "jan":"Jan 1, ", "adot":"a.", "adash":"a-", "atbdot":"a@b.", "atbc":"@b.c ", "de89":"DE89 ", "v4111":"4111 ",
    "annade":"Anna de ", "mranna":"Mr. Anna ", "ul":"ул. ", "namecomma":"Name: Anna, ", "imyacomma":"Имя: Иван, ",
    "annalines":"Anna Favre\n", "zhsp":"王小明 ", "arnosp":"محمدعلي", "ui":"의 ", "hebnosp":"דודכהן", "dev2":"श्री ",
    "thai2":"คุณสมชาย ", "jasan":"田中さん", "zhxs":"王先生", "kossi":"민준 씨 ", "kotitle":"김 과장 ",
    "cyrinit":"И. И. ", "greekt":"κ. ", "digdash":"1-", "digslash":"1/", "digdot":"1.", "digcolon":"1:",
    "hhmm":"10:32 ", "bracket":"[", "ts":"[10:32] ", "lt2":"<<", "gt":">", "amp2":"&", "hash":"#1 ", "no":"No. 1 ",
    "plot":"Plot 1 ", "hno":"H.No. 1-", "dash_cap":"D-1 ", "pin":"560034 ", "postbox":"Postfach 1, ",
    "zip5":"12345 ", "us_addr":"123 Main St, ", "cedex":"CEDEX ", "unitno":"#1-", "floor":"5F ", "chome":"1丁目",
    "ko_addr":"서울시 ", "ru_addr":"д. 1, ", "quote_colon":'"a": "', "esc_quote":'\\"', "url2":"http://", "www":"www.",
    "slash_words":"a/b/", "under":"a_b_", "camel":"aB", "dollar":"$", "star":"*", "gtline":"> Anna\n",
    "md_hdr":"| name | email |\n", "csv_semi":"name;city\n", "tsv":"name\tcity\n", "email_disp":'"A" <a@b.c>, ',
    "sig":"Best regards,\n", "greetings":"Greetings from ", "authors":"Authors: ", "andlist":"Anna and Bob and ",
    "comma_caps":"Anna, Favre, ", "capital_seq":"A B C D ", "appos":"Anna's ", "quoted_caps":"'Anna' ",
    "parens":"(Anna) ", "hyphen_caps":"Anna-Maria ", "van":"van der ", "bin":"bin ", "ibn":"ibn ",
    "mac2":"Mac", "ohapos":"O'Neil ", "fr":"M. ", "es":"Sr. ", "de_hr":"Herr ", "frau":"Frau ",
    
    "ibancue":"IBAN ", "ssncue":"SSN: ", "dob":"DOB: ", "born":"born ", "telcue":"Tel ", "fax":"Fax: 1", "cardcue":"card ",
    "passport":"passport ", "idcue":"ID: ", "idkv":"id=1&", "akia":"AKIA", "sk":"sk-", "begin":"-----BEGIN ",
    "jwt":"eyJ", "ghp":"ghp_", "xoxb":"xoxb-", "bearer":"Bearer ", "pw":"password=", "b64long":"QUJD",
    "digits_sp":"1 2 ", "digits_dash":"1-2-", "digits_dot":"1.2.", "digits_comma":"1,2,", "pct_dig":"1%2",
    "ukpost":"SW1A ", "nlpost":"1234 AB ", "capost":"H7K ", "brcep":"01310-", "cpf":"123.456.", "nir":"1 85 ",
    "monthnum":"12 03 ", "yearonly":"1981 ", "dateword_fr":"12 mars ", "dateword_de":"12. März ", "ja_date":"2024年",
    "ko_date":"2024년 ", "iso_t":"T12:", "ampm":"12 PM ", "ordinal_of":"1st of ", "bdays":"birthday ",
    "colon_digits":"a:1 ", "macs":"00-1A-", "ipdots":"1.1.1.", "ipv6c":"fe80:", "cidr":"10.0.0.0/", "port":":80 ",
    "email_local":"a+b", "email_dot":"a.b.c.d", "emaillist":"a@b.co,", "mailto":"mailto:", "ats":"@@",
    "card_dash":"4111-", "amex":"3782 ", "luhn_long":"4111111111111111", "iban_sp":"GB82 WEST ", "swift":"DEUTDEFF ",
    "vat":"DE123456789 ", "steuer":"Steuer-ID ", "nino":"AB 12 ", "aadhaar":"1234 5678 ", "pan":"ABCDE1234F ",
    "nhs":"943 476 ", "sin":"046 454 ", "medicare":"2123 ", "licence":"licence ", "plate":"B-AB ",
    "route":"Route 66 ", "flight":"LH 400 ", "order":"Order #", "tracking":"1Z999", "isbn":"978-3-", "version":"v1.2.",
    "price":"€12,50 ", "acct":"Acct ", "routing":"ABA ", "ext2":"ext. ", "intl":"00 49 ", "trunk":"(0)",
    "paren_area":"(212) ", "dots_phone":"555.123.", "plus_dash":"+49-", "phone_long":"+4915112345678",
}


MACHINE = "--machine" in sys.argv[1:]


def seconds(binary, path):
    """The CPU time (user and system) of one scan of the file."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(path, "rb") as f:
        subprocess.run([binary, "pii", "scan"] + (["--machine"] if MACHINE else []), stdin=f, stdout=subprocess.DEVNULL,
                       check=True, timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    args = [a for a in sys.argv[1:] if a != "--machine"]
    binary = args[0] if args else "build/switchyard"
    start = seconds(binary, os.devnull)  # the process's start, read once
    flagged = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, unit in SHAPES.items():
            times = []
            for size in (512 << 10, 2 << 20):
                path = os.path.join(tmp, "text")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(unit * (size // len(unit.encode()) + 1))
                times.append(seconds(binary, path))
            small, large = (max(t - start, 0.05) for t in times)
            growth = large / small
            bad = (growth > 8 and large > 0.5) or times[1] > 4
            print(f"{name:<18} {times[0]:6.2f} s {times[1]:6.2f} s  x{growth:4.1f}"
                  + ("  <<< grows with the square" if bad else ""))
            if bad:
                flagged.append(name)
    print(f"{len(SHAPES)} shapes; start {start:.2f} s; flagged: {' '.join(flagged) or 'none'}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
