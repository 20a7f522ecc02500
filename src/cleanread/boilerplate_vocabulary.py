"""The words page furniture is made of: whole-block phrases by the label they give, the headings that
open a related or comments section, the words that may stand before "comments" in such a heading, the
"Cancel reply" link a comment form's title runs into, share buttons, a shop's filter headings, and the wording of
consent banners and browser notices.

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
        "a a", "(button)", "[img]", "advertisement", "sponsored", "ad", "search for: search",
    ),
    "footer": (
        "all rights reserved", "privacy policy", "privacy & policy", "terms of use",
        "terms of service", "cookie policy", "cookies", "about us", "contact", "contact us",
        "advertise with us", "sitemap", "follow us", "subscribe", "newsletter", "log in",
        "login", "sign in", "sign up", "register", "welcome back!", "forgotten password?",
        "retrieve your password", "login to your account below", "or", "don't have an account?",
    ),
}
# a page's links to its own parts, one or several in a line: "Skip to main content Skip to footer", "Jump to Review"
SKIP_LINK_OPENINGS = ("skip to ", "jump to ")  # the lowercased words every match opens with
SKIP_LINKS = re.compile(r"(?:skip|jump) to\b[^.!?]*", re.I)  # ...and no sentence: "Skip to step 3 if you …."
# a row of share buttons ("Share on Facebook Share on X", "Share | Tweet | Email"), or one, wherever it stands in a line
SHARE_RUN = re.compile(r"(share on \w+){2,}|^(share|tweet|pin|email)(\s*[|/·•]\s*\w+)+$", re.I)
SHARE_BUTTON = re.compile(
    r"\b(share|post|pin|tweet|send|email)( this| it)? (on|to|via|with) (facebook|twitter|x|linkedin|pinterest|reddit|"
    r"whatsapp|tumblr|telegram|pocket|a friend|email)\b|\bopens in (a )?new window\b"
)
SHARE_BUTTON_WORDS = frozenset({"share", "post", "pin", "tweet", "send", "email", "opens"})  # one is in every match
# a shop's heading over one of its filters ("Filter by Brand", "Filter by Heel-to-Toe Drop (mm)"); a sentence that
# tells how to filter ("Filter by repo, workflow, or job.") is the page's own
SHOP_FILTER = re.compile(r"Filter by [A-Z][^.!?]*")
SECTION_MARKERS: dict[str, tuple[str, ...]] = {
    "related": (
        "related posts", "related articles", "related stories", "related", "recent news",
        "recent posts", "latest news", "latest posts", "you may also like", "you might also like",
        "more stories", "more from", "read next", "trending", "popular posts", "most popular",
        "previous post", "next post", "browse by category", "categories", "tags", "hot network questions",
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
CANCEL_REPLY_LINKS = ("cancel reply", "annulla risposta", "cancelar la respuesta", "cancelar respuesta",
                      "cancelar resposta", "annuler la réponse", "antworten abbrechen", "reactie annuleren")
CANCEL_REPLY = re.compile(rf"\s*({'|'.join(CANCEL_REPLY_LINKS)})$")
CANCEL_REPLY_ENDS = tuple({link.split()[-1] for link in CANCEL_REPLY_LINKS})  # a cheap test before the regex
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
# a consent banner, however much it reads like prose: "We use cookies to …", "By continuing to browse …", and the
# purposes a consent platform lists ("We and our 100 partners store and/or access information on a device", "The
# technical storage or access is strictly necessary …", "Use precise geolocation data", "We process your data to deliver
# content or advertisements …"); matched on the block's key
COOKIE_NOTICE = re.compile(
    r"\b(we|site|website|page) uses? cookies\b|\buse of cookies\b|\baccept (all )?cookies\b"
    r"|\bby continuing to (use|browse)\b"
    r"|\bwe and our (\d+ )?partners (process|store|use)\b|\btechnical storage or access\b"
    r"|\bstore and or access information on a device\b|\buse precise geolocation data\b"
    r"|\bwe process your (personal )?data\b|\byour data is being processed\b|\bvendors processing your data\b"
)
CONSENT_WORDS = ("cookie", "partners", "storage or access", "on a device", "geolocation", "your data")  # in every match
# what a page tells a reader without scripts or with an old browser ("JavaScript is disabled. For a better
# experience, please enable JavaScript …", "You are using an out of date browser"); "Enable JavaScript in Chrome",
# a how-to's step, is no notice
BROWSER_NOTICE = re.compile(
    r"\b(please|need to|must|have to|necessary to)( \w+)? enable javascript\b"
    r"|\bjavascript is (disabled|required|not enabled)\b|\bout of date browser\b"
    r"|\bbrowser is (not|no longer) (actively )?supported\b"
    # the fallback text of a <video>, <audio> or <iframe>: "Your browser does not support the video tag."
    r"|\byour browser (does not|doesn t|cannot|can t) (support|play) (the |this )?(html5 )?(video|audio|iframe)"
)
BROWSER_WORDS = ("javascript", "browser")  # one is in every match
# the author's bio under the article ("Meg James is a corporate media reporter for the Los Angeles Times, covering …",
# "The HT News Desk is a team of experienced journalists …"): a person or desk, then what they write as
AUTHOR_BIO = re.compile(
    r"^(?!(?:Who|What|Which|This|That|It|There)\b)(?:[A-Z][\w.'’-]*,?\s){1,4}(?:is|was|has been)\s+(?:an?|the)\s+"
    r"(?:[\w,/&-]+\s){0,8}?(?:reporter|writer|journalist|correspondent|columnist|blogger|freelancer|author"
    r"|editor(?= (?:at|of|for)\b))s?\b(?!\?)"
)
# ...or the line where they may be reached ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik")
AUTHOR_CONTACT = re.compile(
    r"\b(?:follow|email) (?:him|her|them|me)\b.{0,40}(?:@\w|twitter|instagram|facebook|linkedin)", re.I
)
CONTACT_WORDS = ("follow", "email")  # one is in every match's lowercased words
# a newsletter's sign-up box ("Sign up for our newsletter to …", "Get the latest updates delivered to your inbox")
NEWSLETTER_NOTICE = re.compile(
    r"\b(?:sign up|subscribe)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?|alerts?)\b"
    r"|\b(?:newsletters?|inbox|alerts?)\b.{0,60}\b(?:sign up|subscribe)\b"
    r"|\bdelivered (?:straight |directly |right )?(?:to|into) your (?:inbox|letterbox|mailbox)\b"
    r"|\b(?:get|receive)\b.{0,40}\b(?:newsletters?|news alerts)\b"
    r"|\b(?:straight|right|sent|directly) (?:to|into) your inbox\b|\bmeet your inbox\b", re.I
)
NEWSLETTER_WORDS = ("sign up", "subscribe", "inbox", "letterbox", "mailbox", "newsletter", "news alerts")  # in every match
# a form's consent to be contacted or to a sign-up's terms ("By submitting this form, you authorize the University to
# contact you …", "By continuing, you agree to our User Agreement …",
# "I agree to receive recurring automated marketing text messages …", "Message and data rates may apply"), read on
# lowercased words
FORM_CONSENT = re.compile(
    r"^(?:by (?:submitting|signing (?:up|in)|subscribing|entering|providing|checking|opting|clicking|registering"
    r"|continuing|creating|logging in)\b.{0,150}?"
    r"\b(?:you|i)\b(?: \w+){0,3} (?:agree|consent|authori[sz]e|acknowledge)"
    r"|i (?:agree|consent) to (?:receive|be contacted))"
    r"|\b(?:msg|message) (?:and )?data rates may apply|\breply stop\b"
)
_CONSENT_OPENINGS, _CONSENT_PHRASES = ("by ", "i agree", "i consent"), ("rates may apply", "reply stop")


def asks_consent(key: str) -> bool:
    """Is `key` (a block's lowercased words) a form's consent to be contacted? The pattern runs only on keys that open
    with one of _CONSENT_OPENINGS or hold one of _CONSENT_PHRASES, as every match does."""
    if key.startswith(_CONSENT_OPENINGS) or _CONSENT_PHRASES[0] in key or _CONSENT_PHRASES[1] in key:
        return FORM_CONSENT.search(key) is not None
    return False
