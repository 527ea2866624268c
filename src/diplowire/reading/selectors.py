"""CSS selectors of tags, classes and attributes, matched in one pass over the elements.

lxml runs a CSS selector as XPath, one scan of the tree for each alternative of a
comma-separated list, and each scan costs far more per element than a look at a tag
and a few attributes: the reader's list of page furniture (sixteen alternatives) cost
sixteen scans of every article. A list whose alternatives are all simple (a tag, a
class, an id, or an attribute present, equal to or containing a value) is matched here
in one pass instead; any other selector is left to lxml. cssselect parses both, so the
two read a selector alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import cssselect
import lxml.etree
import lxml.html

from diplowire.reading.prose import class_words

__all__ = ["Simple", "select", "simple"]

Test = Callable[[str], bool]
"""A test of one attribute's value."""


@dataclass(frozen=True, slots=True)
class Simple:
    """A list of simple selectors, ready to match.

    :param tags: The alternatives that are a bare tag.
    :param tests: For each attribute the others look at, the test of its value that
        any of them passes.
    :param tagged: The alternatives that need a tag and an attribute test both.
    """

    tags: frozenset[str]
    tests: tuple[tuple[str, Test], ...]
    tagged: tuple[tuple[str, str, Test], ...]

    def matches(self, element: lxml.html.HtmlElement) -> bool:
        """Whether ``element`` matches one of the alternatives."""
        tag = element.tag
        if tag in self.tags:
            return True
        for attribute, test in self.tests:
            value = element.get(attribute)
            if value is not None and test(value):
                return True
        for wanted, attribute, test in self.tagged:
            if tag == wanted:
                value = element.get(attribute)
                if value is not None and test(value):
                    return True
        return False


@cache
def simple(selector: str) -> Simple | None:
    """``selector`` as a :class:`Simple`, or None when an alternative is not simple."""
    try:
        alternatives = cssselect.parse(selector)
    except cssselect.SelectorError:
        return None
    tags: set[str] = set()
    present: set[str] = set()
    equal: dict[str, set[str]] = {}
    contained: dict[str, set[str]] = {}
    words: set[str] = set()
    tagged: list[tuple[str, str, Test]] = []
    for alternative in alternatives:
        if alternative.pseudo_element is not None:
            return None
        parsed = _parse(alternative.parsed_tree)
        if parsed is None:
            return None
        tag, condition = parsed
        if condition is None:
            if tag is None:
                return None  # "*": everything, rare enough for lxml
            tags.add(tag)
            continue
        attribute, operator, value = condition
        if tag is not None:
            tagged.append((tag, attribute, _test(operator, value)))
        elif operator == "exists":
            present.add(attribute)
        elif operator == "=":
            equal.setdefault(attribute, set()).add(value)
        elif operator == "*=":
            contained.setdefault(attribute, set()).add(value)
        else:
            words.add(value)
    if words:
        equal.setdefault("class", set())  # a class is a test of the class attribute too
    tests = tuple(
        (
            attribute,
            _combined(
                attribute in present,
                equal.get(attribute, set()),
                contained.get(attribute, set()),
                words if attribute == "class" else set(),
            ),
        )
        for attribute in sorted(present | set(equal) | set(contained))
    )
    return Simple(frozenset(tags), tests, tuple(tagged))


Condition = tuple[str, str, str]
"""An attribute, an operator (``exists``, ``=``, ``*=``, or ``word`` for a class) and a value."""


def _parse(tree: object) -> tuple[str | None, Condition | None] | None:
    """The tag (None for any) and the one attribute condition of a simple selector."""
    if isinstance(tree, cssselect.parser.Element):
        if tree.namespace is not None:
            return None
        return (tree.element.lower() if tree.element else None), None
    condition: Condition
    if isinstance(tree, cssselect.parser.Class):
        condition = ("class", "word", tree.class_name)
    elif isinstance(tree, cssselect.parser.Hash):
        condition = ("id", "=", tree.id)
    elif isinstance(tree, cssselect.parser.Attrib):
        value = getattr(tree.value, "value", tree.value)
        if tree.namespace is not None or tree.operator not in ("exists", "=", "*="):
            return None
        if tree.operator == "exists":
            condition = (tree.attrib.lower(), "exists", "")
        elif not isinstance(value, str) or (tree.operator == "*=" and not value):
            return None  # CSS matches nothing for an empty "*="; lxml says so
        else:
            condition = (tree.attrib.lower(), tree.operator, value)
    else:
        return None
    inner = _parse(tree.selector)
    if inner is None or inner[1] is not None:
        return None  # a compound of several conditions: for lxml
    return inner[0], condition


def _test(operator: str, value: str) -> Test:
    if operator == "exists":
        return lambda _: True
    if operator == "=":
        return value.__eq__
    if operator == "*=":
        return lambda found: value in found
    return lambda found: value in class_words(found)


def _combined(present: bool, equal: set[str], contained: set[str], words: set[str]) -> Test:
    """One test of an attribute's value passed when any of the conditions on it is."""
    if present:
        return lambda _: True
    pattern = (
        re.compile("|".join(re.escape(part) for part in sorted(contained))) if contained else None
    )
    equal_to = frozenset(equal)
    word_of = frozenset(words)

    def test(found: str) -> bool:
        if found in equal_to or (pattern is not None and pattern.search(found)):
            return True
        return bool(word_of) and not word_of.isdisjoint(class_words(found))

    return test


def select(matcher: Simple, root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The elements under (and including) ``root`` that ``matcher`` matches, in order."""
    if not matcher.tests and not matcher.tagged:
        return list(root.iter(*matcher.tags))  # lxml filters by tag in C
    return [element for element in root.iter(lxml.etree.Element) if matcher.matches(element)]
