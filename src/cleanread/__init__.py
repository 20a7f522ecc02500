"""cleanread: the article text and metadata of scraped web pages, page-text dumps and PDF text."""

from importlib.metadata import PackageNotFoundError, version

from .errors import CleanreadError, ContentError, InputError
from .model import Block, Document
from .pipeline import Result, extract, extract_many

try:
    __version__ = version("cleanread")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = [
    "Block", "CleanreadError", "ContentError", "Document", "InputError", "Result", "__version__",
    "extract", "extract_many",
]
