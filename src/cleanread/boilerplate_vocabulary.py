"""The words page furniture is made of: whole-block phrases by the label they give, the headings that
open a related or comments section, the words that may stand before "comments" in such a heading, and
the "Cancel reply" link a comment form's title runs into.

Plain data, matched against blocks by score.py: the vocabulary grows (another language's headings)
without the scorer changing.
"""

from __future__ import annotations

import re

# Whole-block boilerplate phrases, by the label a block carrying them most likely has.
BOILERPLATE_PHRASES: dict[str, tuple[str, ...]] = {
    "share": (
        "share on facebook", "share on twitter", "share on linkedin", "share this", "tweet",
        "pin it", "email this", "whatsapp", "share", "shares", "copy link", "print",
    ),
    "nav": (
        "home", "menu", "search", "no result", "view all result", "skip to content",
        "skip to main content", "toggle navigation", "main menu", "load more", "read more",
        "show more", "back to top", "next", "previous", "more", "close", "reading time",
        "a a", "(button)", "[img]", "advertisement", "sponsored", "ad",
    ),
    "footer": (
        "all rights reserved", "privacy policy", "privacy & policy", "terms of use",
        "terms of service", "cookie policy", "cookies", "about us", "contact", "contact us",
        "advertise with us", "sitemap", "follow us", "subscribe", "newsletter", "log in",
        "login", "sign in", "sign up", "register", "welcome back!", "forgotten password?",
        "retrieve your password", "login to your account below", "or",
    ),
}
SECTION_MARKERS: dict[str, tuple[str, ...]] = {
    "related": (
        "related posts", "related articles", "related stories", "related", "recent news",
        "recent posts", "latest news", "latest posts", "you may also like", "you might also like",
        "more stories", "more from", "read next", "trending", "popular posts", "most popular",
        "previous post", "next post", "browse by category", "categories", "tags",
        # the same headings on pages in Spanish, Portuguese, French, German, Italian and Dutch
        "artículos relacionados", "noticias relacionadas", "entradas relacionadas", "te puede interesar",
        "también te puede interesar", "quizás te interese", "posts relacionados", "artigos relacionados",
        "você pode gostar", "você também pode gostar", "vous aimerez aussi",
        "articles similaires", "articles liés", "sur le même sujet",
        "ähnliche artikel", "verwandte artikel", "das könnte sie auch interessieren", "mehr zum thema",
        "weitere artikel", "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare",
        "gerelateerde artikelen", "meer nieuws",
    ),
    "comments": (
        "comments", "leave a reply", "leave a comment", "post a comment", "add a comment",
        "join the discussion", "responses", "deja un comentario", "deixe um comentário",
        "laisser un commentaire", "kommentar schreiben", "lascia un commento", "laat een reactie achter",
        "deixe uma resposta", "deja una respuesta", "laisser une réponse", "schreibe einen kommentar",
        "customer reviews", "ratings & reviews", "ratings and reviews", "write a review",  # a shop's reviews: its comments
        "customer photos & videos", "customer photos and videos",
    ),
}
# a comment form's title runs into its "Cancel reply" link: WordPress prints both on one line
CANCEL_REPLY = re.compile(r"\s*(cancel reply|annulla risposta|cancelar (la )?respuesta|cancelar resposta|annuler la réponse"
                          r"|antworten abbrechen|reactie annuleren)$")
CANCEL_REPLY_ENDS = ("reply", "risposta", "respuesta", "resposta", "réponse", "abbrechen", "annuleren")  # one ends each
COMMENT_WORDS = frozenset({"comment", "comments", "kommentare", "commentaires", "comentarios", "commenti", "reacties"})
COMMON_WORDS_BY_LANGUAGE = {"fr": frozenset({"comment"})}  # French "comment" is "how": "Comment choisir ?"
RELATED_PREFIXES = (
    "trending", "related", "recent", "popular", "more from", "more in", "more on", "latest", "also read",
    "read also", "read next", "recommended", "top stories", "editor s picks", "you may also", "you might also",
    "most read", "most viewed", "most shared", "most popular",
)
ENGLISH_COMMENT_WORDS = frozenset({"comment", "comments"})
# what an English comments heading says before the word ("Leave a comment", "View all 12 comments", "Top Rated
# Comments", lynx's "(BUTTON) Comments"); "declined to comment" or "Respond to review comments" head no thread
COMMENT_HEADING_WORDS = frozenset({
    "a", "add", "all", "article", "button", "disqus", "expand", "facebook", "full", "hide", "join", "last",
    "latest", "leave", "load", "loading", "more", "newest", "no", "oldest", "post", "posted", "rated", "read",
    "reader", "readers", "recent", "see", "show", "the", "this", "top", "unread", "user", "view", "write", "your",
})
