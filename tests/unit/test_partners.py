"""The link's pure rules: tokens, attempts, invitations, what helps, the self-report, and the
prior that what helps puts on the prompt choice."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nudger.app import load_catalog
from nudger.bot.partners.words import (
    Answer,
    Hub,
    SelfAnswer,
    SelfStop,
    ShareHelps,
    ShareStyle,
    ToggleHelp,
    Unlink,
    UseFirstName,
    parse,
)
from nudger.domain.partners import (
    ATTEMPT_WINDOW,
    MAX_HELPS,
    MAX_WRONG_TOKENS,
    TOKEN_BYTES,
    Attempts,
    HelpKind,
    InvitationCheck,
    Shared,
    after_wrong,
    attempt_allowed,
    check_invitation,
    favoured_categories,
    helps_of,
    helps_text,
    link_url,
    new_token,
    nudge_style,
    payload,
    toggle,
    token_hash,
    token_of,
)
from nudger.domain.quiz import Dimension, score
from nudger.domain.selection import choose_prompt
from nudger.domain.self_report import ITEMS
from nudger.domain.styles import CATEGORIES, AttachmentStyle, Audience

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


# --- tokens -------------------------------------------------------------------------------


def test_a_token_carries_128_random_bits_and_only_its_hash_is_kept() -> None:
    token = new_token(bytes(range(TOKEN_BYTES)))
    assert TOKEN_BYTES * 8 == 128
    assert len(token) == 22 and token_of(payload(token)) == token
    assert token_hash(token) != token and len(token_hash(token)) == 64
    assert token_hash(token) == token_hash(token)
    assert new_token(bytes(TOKEN_BYTES)) != token
    with pytest.raises(ValueError, match="16 random bytes"):
        new_token(b"short")
    assert link_url("nudger_bot", token) == f"https://t.me/nudger_bot?start=link_{token}"


@given(st.binary(min_size=TOKEN_BYTES, max_size=TOKEN_BYTES))
def test_every_token_fits_telegrams_start_parameter(raw: bytes) -> None:
    token = new_token(raw)
    start = payload(token)
    assert len(start) <= 64 and all(c.isalnum() or c in "_-" for c in start)
    assert token_of(start) == token


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("hello", None),
        ("link_", ""),
        ("link_short", ""),
        ("link_" + "A" * 23, ""),
        ("link_" + "A" * 21 + "!", ""),
        ("  link_" + "A" * 22 + "  ", "A" * 22),
    ],
)
def test_start_text_is_an_invitation_only_when_it_starts_like_one(
    text: str, expected: str | None
) -> None:
    assert token_of(text) == expected


def test_wrong_tokens_are_limited_per_hour() -> None:
    tried: Attempts | None = None
    for _ in range(MAX_WRONG_TOKENS):
        assert attempt_allowed(tried, NOW)
        tried = after_wrong(tried, NOW)
    assert not attempt_allowed(tried, NOW + ATTEMPT_WINDOW - timedelta(seconds=1))
    assert attempt_allowed(tried, NOW + ATTEMPT_WINDOW)
    assert after_wrong(tried, NOW + ATTEMPT_WINDOW) == Attempts(NOW + ATTEMPT_WINDOW, 1)


def test_an_invitation_is_open_until_it_runs_out_and_never_for_its_inviter() -> None:
    later = NOW + timedelta(days=7)
    assert check_invitation(None, None, 5, NOW) is InvitationCheck.UNKNOWN
    assert check_invitation(1, later, None, NOW) is InvitationCheck.OPEN
    assert check_invitation(1, later, 2, NOW) is InvitationCheck.OPEN
    assert check_invitation(1, later, 1, NOW) is InvitationCheck.OWN
    assert check_invitation(1, later, 2, later) is InvitationCheck.EXPIRED


# --- what helps -----------------------------------------------------------------------------


def test_every_kind_of_care_favours_categories_the_catalog_has() -> None:
    known = {c for group in CATEGORIES.values() for c in group}
    for kind in HelpKind:
        assert kind.categories and kind.categories <= known
    # Every category of every audience is reachable by some kind.
    assert favoured_categories(HelpKind) == known


def test_up_to_three_kinds_are_picked_and_stored_in_order() -> None:
    picked: frozenset[HelpKind] = frozenset()
    for kind in list(HelpKind)[:MAX_HELPS]:
        result = toggle(picked, kind)
        assert result is not None
        picked = result
    assert toggle(picked, HelpKind.CALM) is None  # a fourth is refused
    assert toggle(picked, HelpKind.REASSURANCE) == picked - {HelpKind.REASSURANCE}
    assert helps_text(reversed(list(picked))) == "reassurance,appreciation,affection"
    assert helps_of(helps_text(picked)) == picked
    assert helps_of("reassurance,from-a-newer-version") == {HelpKind.REASSURANCE}
    assert helps_of(None) == frozenset()


def test_the_nudges_use_the_shared_style_until_the_user_chooses_their_own() -> None:
    own = AttachmentStyle.AVOIDANT
    assert nudge_style(own, None) is own
    assert nudge_style(own, Shared()) is own
    shared = Shared(partner_style=AttachmentStyle.ANXIOUS)
    assert nudge_style(own, shared) is AttachmentStyle.ANXIOUS
    assert nudge_style(None, shared) is AttachmentStyle.ANXIOUS
    overridden = Shared(partner_style=AttachmentStyle.ANXIOUS, overridden=True)
    assert nudge_style(own, overridden) is own


# --- the self-report --------------------------------------------------------------------------


def test_the_self_report_has_ten_to_twelve_items_balanced_and_reverse_keyed() -> None:
    assert 10 <= len(ITEMS) <= 12
    assert len({item.id for item in ITEMS}) == len(ITEMS)
    for dimension in Dimension:
        items = [item for item in ITEMS if item.dimension is dimension]
        assert len(items) == len(ITEMS) // 2
        assert sum(item.reverse for item in items) == 2


@pytest.mark.parametrize(
    ("anxiety", "avoidance", "style"),
    [
        (1, 1, AttachmentStyle.SECURE),
        (7, 1, AttachmentStyle.ANXIOUS),
        (1, 7, AttachmentStyle.AVOIDANT),
        (7, 7, AttachmentStyle.FEARFUL),
        (4, 4, AttachmentStyle.SECURE),  # "Somewhat" throughout: the mildest result
    ],
)
def test_the_self_report_scores_on_the_two_dimensions(
    anxiety: int, avoidance: int, style: AttachmentStyle
) -> None:
    answers = []
    for item in ITEMS:
        keyed = anxiety if item.dimension is Dimension.ANXIETY else avoidance
        answers.append(8 - keyed if item.reverse else keyed)
    result = score(answers, ITEMS)
    assert (result.anxiety, result.avoidance, result.style) == (anxiety, avoidance, style)


def test_the_same_answer_throughout_gives_no_extreme_score() -> None:
    for value in range(1, 8):
        result = score([value] * len(ITEMS), ITEMS)
        assert 3.4 <= result.anxiety <= 4.6 and 3.4 <= result.avoidance <= 4.6


# --- the prior on the prompt choice ---------------------------------------------------------


def _shares(favoured: frozenset[str], draws: int = 400) -> Counter[str]:
    catalog = load_catalog(None)
    rng = random.Random(7)
    zone_now = datetime(2026, 12, 8, 19, 0, tzinfo=UTC)  # a Tuesday evening
    counts: Counter[str] = Counter()
    for _ in range(draws):
        prompt = choose_prompt(
            catalog, AttachmentStyle.ANXIOUS, {}, {}, zone_now, rng, favoured=favoured
        )
        counts[prompt.category] += 1
    return counts


def test_what_helps_is_a_prior_that_leans_the_choice_but_filters_nothing() -> None:
    plain = _shares(frozenset())
    leaning = _shares(favoured_categories({HelpKind.REASSURANCE}))
    favoured = {"reassurance", "commitment"}
    share_plain = sum(plain[c] for c in favoured) / plain.total()
    share_leaning = sum(leaning[c] for c in favoured) / leaning.total()
    assert share_leaning > share_plain + 0.15
    # Not a filter: every category of the style still comes up.
    assert set(leaning) == CATEGORIES[Audience.ANXIOUS]


# --- button data --------------------------------------------------------------------------------


def test_link_buttons_read_back_and_anything_else_is_refused() -> None:
    token = "A" * 22
    assert parse("lk:name") == UseFirstName()
    assert parse(f"lk:join:{token}") == Answer(True, token)
    assert parse(f"lk:no:{token}") == Answer(False, token)
    assert parse("lk:hub:sr") == Hub("sr")
    assert parse("lk:sr:0:7") == SelfAnswer(0, 7)
    assert parse("lk:sr:stop") == SelfStop()
    assert parse("lk:st:yes:anxious") == ShareStyle(True, AttachmentStyle.ANXIOUS)
    assert parse("lk:st:no:secure") == ShareStyle(False, AttachmentStyle.SECURE)
    assert parse("lk:h:space") == ToggleHelp(HelpKind.SPACE)
    assert parse("lk:hs:stop") == ShareHelps(None)
    assert parse("lk:unlink:1765000000") == Unlink(True, 1765000000)
    for bad in (
        "lk:join:short",
        "lk:hub:export",
        f"lk:sr:{len(ITEMS)}:1",
        "lk:sr:0:8",
        "lk:sr:00:1",
        "lk:h:money",
        "lk:hs:maybe",
        "lk:unlink:-1",
        "lk:unlink:²",
        "lk:unlink:١٢",
        "lk:st:yes",
        "lk:st:yes:calm",
        "lk",
        "x:del",
    ):
        assert parse(bad) is None, bad


@given(st.text(max_size=64))
def test_any_button_data_is_read_or_refused_never_an_error(data: str) -> None:
    """Button data comes from the client: whatever it is, parsing gives a choice or None."""
    for text in (data, "lk:" + data):
        choice = parse(text)
        assert choice is None or text.startswith("lk:")
