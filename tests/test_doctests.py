"""The examples in the docstrings are tests too: every module's doctests run against the installed package."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cleanread

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(cleanread.__path__, prefix="cleanread.")
    if info.name not in ("cleanread.__main__",)
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    failures, _attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0


def test_fixers_and_finders_have_examples():
    examples = sum(doctest.testmod(importlib.import_module(n), report=False).attempted for n in MODULES)
    assert examples >= 15
