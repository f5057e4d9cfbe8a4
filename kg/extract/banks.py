"""Banks named by their brands, from kg/data/banks.tsv: 'BCA' or 'CIMB Niaga' alone, and a brand that is also a
word ('Mandiri', 'Mega', 'Sinarmas') only in a list beside another bank ('Bank Jateng, BRI, Mandiri, dan BCA').

A bank written with its head word ('Bank Kalsel', 'Bank Mandiri') is read by the names scanner like any other
organisation; what is left to this module is the brand without that word, which the scanner cannot tell from a
person's name or an ordinary word. The list decides: a brand that needs context is a bank only when an item of
the same coordinated list ('X, Y, dan Z') is a bank already."""
from __future__ import annotations

from kg.document import Document, Span, Token
from kg.extract.mentions import OrgMention
from kg.identity import Bank, banks, institutions, norm, without_company_form
from kg.lexicon import Lexicon, OrgType

MAX_BRAND_WORDS = 5  # 'Bank of India Indonesia'
MAX_LIST_ITEMS = 12  # items looked at on each side of a brand in one list
INNER_LOWER_WORDS = frozenset({"of"})  # 'Bank of China': a brand's own words in lower case


def bank_mentions(doc: Document, lex: Lexicon, claimed) -> list[OrgMention]:
    """Brands of banks that no other reader took (`claimed(span)` tells), each an organisation of type bank."""
    toks = doc.tokens
    bank_type = _bank_type(lex)
    found: list[OrgMention] = []
    i = 0
    while i < len(toks):
        hit = _brand_at(toks, i)
        if hit is None:
            i += 1
            continue
        bank, end = hit
        span = Span(toks[i].begin, toks[end - 1].end)
        items = _list_items(doc, lex, i, end)
        if not claimed(span) and (bank.brand_alone or any(_is_bank(doc, item, bank_type) for item in items)):
            found.append(OrgMention(span, doc.text[span.begin:span.end], "org", "org.bank-brand", org_type=bank_type))
        i = end
    return found


def _bank_type(lex: Lexicon) -> OrgType | None:
    return next((t for t in lex.org_types if str(t.iri).rsplit("/", 1)[-1] == "bank"), None)


def _brand_at(toks: list[Token], i: int) -> tuple[Bank, int] | None:
    """The longest brand of the table that starts at token i, written as a name stands: each word capitalised, no
    capitalised word running on before or after it ('Desa Mandiri', 'Mandiri Jaya' are not the bank)."""
    if not toks[i].is_capitalised or (i > 0 and toks[i - 1].is_capitalised):
        return None
    table = banks()
    for n in range(min(MAX_BRAND_WORDS, len(toks) - i), 0, -1):
        words = toks[i:i + n]
        if not all(t.is_capitalised or (0 < k < n - 1 and t.text in INNER_LOWER_WORDS) for k, t in enumerate(words)):
            continue
        bank = table.get(norm(" ".join(t.text for t in words)))
        if bank is None or norm(bank.brand) != norm(" ".join(t.text for t in words)):
            continue  # forms with 'Bank' before them are the names scanner's
        if i + n < len(toks) and toks[i + n].is_capitalised:
            return None
        return bank, i + n
    return None


def _list_items(doc: Document, lex: Lexicon, start: int, end: int) -> list[Span]:
    """The other items of the coordinated list the tokens start..end stand in ('A, B, dan C'): runs of
    capitalised words between commas and conjunctions, in the same sentence; none when they stand in no list."""
    toks = doc.tokens
    joiners = set(lex.words["name_connectors"])
    sentence = doc.sentence_at(toks[start].begin)
    items: list[Span] = []
    for step in (-1, 1):
        k = start - 1 if step < 0 else end
        for _ in range(MAX_LIST_ITEMS):
            seps = 0
            while 0 <= k < len(toks) and (toks[k].text == "," or toks[k].text.lower() in joiners) \
                    and sentence.begin <= toks[k].begin < sentence.end:
                k += step
                seps += 1
            if not seps or not (0 <= k < len(toks)) or not toks[k].is_capitalised \
                    or not sentence.begin <= toks[k].begin < sentence.end:
                break
            run_end = k
            while 0 <= run_end + step < len(toks) and toks[run_end + step].is_capitalised:
                run_end += step
            first, last = sorted((k, run_end))
            items.append(Span(toks[first].begin, toks[last].end))
            k = run_end + step
    return items


def _is_bank(doc: Document, item: Span, bank_type: OrgType | None) -> bool:
    """An item that names a bank: a name of the bank table ('Bank Jateng', 'BCA'), a listed institution named as a
    bank ('BRI' is 'Bank Rakyat Indonesia'), or a name headed by a bank's head word (the lexicon's, after any legal
    form: 'PT Bank X')."""
    text = doc.text[item.begin:item.end]
    if _headed_by_bank_word(text, bank_type):
        return True
    bank = banks().get(norm(text))
    if bank is not None:
        return bank.brand_alone or norm(bank.brand) != norm(text)
    inst = institutions().get(norm(text))
    return inst is not None and any(_headed_by_bank_word(n, bank_type) for n in (inst.name, *inst.other_names))


def _headed_by_bank_word(name: str, bank_type: OrgType | None) -> bool:
    core = without_company_form(name)
    return bank_type is not None and any(core.startswith(head + " ") for head in bank_type.head_words)
