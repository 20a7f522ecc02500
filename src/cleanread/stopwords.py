"""Stopword lists per language (jusText's), since stopword density is what tells prose from menus."""

from __future__ import annotations

from functools import lru_cache

from justext import get_stoplist

DEFAULT_LANGUAGE = "en"

# ISO 639-1 codes (as detect_language returns them) to jusText's stoplist names.
_STOPLIST_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali",
    "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "ht": "Haitian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "jv": "Javanese", "ka": "Georgian", "kk": "Kazakh", "kn": "Kannada", "ko": "Korean",
    "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "nb": "Norwegian_Bokmal",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "oc": "Occitan",
    "pl": "Polish", "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil",
    "te": "Telugu", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
    "vi": "Vietnamese", "yo": "Yoruba",
}


@lru_cache(maxsize=None)
def stopwords_for(language: str | None) -> frozenset[str]:
    """Lowercase stopwords of `language` (ISO 639-1); English when the language has no list.

    >>> "the" in stopwords_for("en"), "dan" in stopwords_for("id"), "the" in stopwords_for("xx")
    (True, True, True)
    """
    name = _STOPLIST_NAMES.get(language or DEFAULT_LANGUAGE, "English")
    return frozenset(word.lower() for word in get_stoplist(name))


def has_stoplist(language: str | None) -> bool:
    """Whether jusText lists stopwords for `language` (an unknown language is read as English). Without a list
    (Japanese, Chinese, Thai) stopword density says nothing about a block, and prose is told by its length
    alone, as in jusText's language-independent mode.

    >>> has_stoplist("de"), has_stoplist(None), has_stoplist("ja")
    (True, True, False)
    """
    return language is None or language in _STOPLIST_NAMES


def stopword_density(words: list[str], stopwords: frozenset[str] | None) -> float | None:
    """Share of `words` that are stopwords; None in a language without a stoplist."""
    if stopwords is None:
        return None
    return sum(map(stopwords.__contains__, words)) / len(words) if words else 0.0


def prose_stopword_density(words: list[str], stopwords: frozenset[str] | None, enough: float) -> float | None:
    """Stopword density by the page's list; where that leaves a block short of `enough`, by English's as well:
    English posts or reviews under another language's menus (a French shop's forum) are prose all the same
    (webtext wcxb-dev +0.0005 a renderer, five dumps up, none down)."""
    density = stopword_density(words, stopwords)
    if density is None or density >= enough:
        return density
    english = stopwords_for(DEFAULT_LANGUAGE)
    return density if stopwords is english else max(density, stopword_density(words, english))
