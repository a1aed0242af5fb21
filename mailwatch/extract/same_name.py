"""When two spellings name the same company or role: the comparison `mailwatch eval`
scores by, and the one the learned company and role models learn and choose by (a label
and a span name one employer when they differ only in case, punctuation, a legal form or
a gender marker).
"""

from __future__ import annotations

import re
from functools import lru_cache

_LEGAL = re.compile(r"\b(?:s\.a\.?\s+de\s+c\.v|pty|ltd|ltda|limited|inc|llc|llp|gmbh|ag|plc|bv|b\.v"
                    r"|nv|n\.v|sa|sas|"
                    r"srl|co|corp|corporation|company|pvt|private|pte|as|asa|ab|oy|dac|kg|"
                    r"sarl|spa|s\.r\.l|s\.p\.a|s\.a\.s|s\.a\.c|s\.a|sl|s\.l|lda|a\.ş|k\.k|kk|sp\.?\s*z\s*o\.?\s*o"
                    r"|sccl|pt|s\.r\.o|oyj|sac|a/s|c\.a|s\.à\s*r\.l|sàrl|hf|ehf|a\.e|α\.ε|tbk|d\.o\.o|doo|oü|kft|zrt|a\.s|sia|uab|jsc|sdn|bhd"
                    r"|sh\.p\.k|shpk|sh\.a|ооо|оао|пао|тоо|ао|д\.о\.о|mmc|asc|qsc|mchj|fz-llc|fzllc|fze|fzco|ltée|ltee|aps|cyf|edms|bpk"
                    # Vietnamese "Công ty Cổ phần" (joint-stock company), "TNHH" (limited),
                    # Arabic "شركة" (company), Hebrew "בע״מ" (limited)
                    r"|công\s+ty(?:\s+cổ\s+phần)?|cổ\s+phần|tnhh|ctcp|شركة|בע[\"״]מ)"
                    r"\b\.?",
                    re.I)
#: A country or form in brackets right before the legal form belongs to it: "Highlands
#: Copper & Gold (PNG) Limited", "Lankapura Software Labs (Pvt) Ltd".
_BRACKET_LEGAL = re.compile(
    r"\s*\([^()]{1,24}\)(?=(?:[\s,]*(?:" + _LEGAL.pattern + r"))+\s*$)", re.I)
#: Legal forms in Japanese, Chinese and Korean names, written without spaces around them.
_CJK_LEGAL = re.compile(r"株式会社|股份有限公司|有限公司|주식회사|\(주\)|㈜")
#: Japanese "職" after a role ("海外営業職", overseas sales *position*): the same role.
_JA_JOB = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])職$")
#: "(m/w/d)": who may apply, not part of a role's name; labels write it either way.
_GENDER_MARK = re.compile(r"\((?:[mwfdhxž]\s*/\s*){1,3}[mwfdhxž]\)|\s\(-(?:a|as|os|ė|ka)\)", re.I)
#: A gendered ending written into a word of a role: "Desarrollador(a)", "Développeur·se".
_WORD_GENDER = re.compile(r"(?<=\w)(?:\((?:a|e|o|in|ne|se|fe)\)|·(?:e|se|ne|euse|fe|ve|rice|trice)"
                          r"|/(?:a|ka|e|in|ica))(?!\w)")


@lru_cache(maxsize=8192)
def norm_org(value: str | None) -> str:
    """Case-, punctuation- and legal-suffix-insensitive form of a company or role (a gender
    marker such as "(m/w/d)" or a gendered ending such as "(a)" or "·se" is dropped too)."""
    if not value:
        return ""
    text = _GENDER_MARK.sub(" ", _WORD_GENDER.sub("", value.casefold()))
    text = _LEGAL.sub(" ", _BRACKET_LEGAL.sub(" ", text))
    text = _CJK_LEGAL.sub(" ", text)
    text = _JA_JOB.sub("", text)
    words = re.sub(r"[^\w&+#]+", " ", text).split()
    while words and words[-1] == "&":  # ("Brehaut Tostevin & Co.": "& Co." is the legal form)
        words.pop()
    return " ".join(words)


#: A bracketed qualifier of a role: "(Night Shift)", "(Finance)", "(0.8 FTE)", "(Johannesburg)".
#: (full-width brackets too: "ソフトウェアエンジニア（2028年度新卒）")
_QUALIFIER = re.compile(r"\s*[(（][^()（）]*[)）]")


def norm_role(value: str | None) -> str:
    """`norm_org` of a role without its bracketed qualifiers: "Warehouse Associate (Night
    Shift)" and "Warehouse Associate" name one role. Labels of different batches disagree
    on whether a shift, track, place or FTE in brackets belongs to the role's name, and a
    thank-you that names the role either way is right."""
    if not value:
        return ""
    return norm_org(_QUALIFIER.sub("", _GENDER_MARK.sub(" ", value))) or norm_org(value)
