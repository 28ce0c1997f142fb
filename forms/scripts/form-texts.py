#!/usr/bin/env python3
"""Extracts the texts of the shipped task forms that need an English version, and inserts the English.

  form-texts.py extract > texts.json   every label, description, text and option label of every form, with its
                                       English if the form has one (properties "label@en", "values.<value>@en")
  form-texts.py insert texts.json      writes each English text into its component's "properties", keeping the
                                       files' JSON formatting (2-space indent, UTF-8, key order)

The mechanism is described in docs/process-models.md ("Form translations").
"""
import glob
import json
import os
import sys

FORMS = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'forms')
FIELDS = ['label', 'description', 'text', 'dateLabel', 'timeLabel', 'placeholder']
LANG = 'en'


def files():
    return sorted(glob.glob(os.path.join(FORMS, '**', '*.form'), recursive=True))


def components(items):
    for c in items:
        yield c
        yield from components(c.get('components', []))


def texts(component):
    """(property key, Chinese text) pairs of one component."""
    for field in FIELDS:
        if isinstance(component.get(field), str) and component[field].strip():
            yield field + '@' + LANG, component[field]
    for option in component.get('values', []) if isinstance(component.get('values'), list) else []:
        if option.get('label'):
            yield 'values.' + str(option['value']) + '@' + LANG, option['label']


def extract():
    out = {}
    for path in files():
        form = json.load(open(path, encoding='utf-8'))
        entries = {}
        for c in components(form['components']):
            props = c.get('properties', {})
            for key, zh in texts(c):
                entries[c['id'] + ' ' + key] = {'zh': zh, 'en': props.get(key, '')}
        out[form['id']] = entries
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    print()


def insert(source):
    english = json.load(open(source, encoding='utf-8'))
    for path in files():
        with open(path, encoding='utf-8') as f:
            original = f.read()
        form = json.loads(original)
        entries = english.get(form['id'], {})
        for c in components(form['components']):
            for key, zh in texts(c):
                entry = entries.get(c['id'] + ' ' + key)
                if not entry or not entry.get('en', '').strip():
                    continue
                if entry['zh'] != zh:
                    sys.exit(f"{form['id']} {c['id']} {key}: the form now says {zh!r}, the translation is of {entry['zh']!r}")
                c.setdefault('properties', {})[key] = entry['en'].strip()
        written = json.dumps(form, ensure_ascii=False, indent=2) + ('\n' if original.endswith('\n') else '')
        if written != original:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(written)


if __name__ == '__main__':
    if sys.argv[1:2] == ['extract']:
        extract()
    elif sys.argv[1:2] == ['insert'] and len(sys.argv) == 3:
        insert(sys.argv[2])
    else:
        sys.exit(__doc__)
