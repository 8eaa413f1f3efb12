"""Observation fields: where, when, which indicator and what kind of figure.

A quantity says how much; to be compared with another figure it must also say
which place it is about (``area``), when it holds (``period``), which standard
indicator it is (``indicator``), whether it is a level, a growth rate, a share…
(``measure``) and whether it is a plan rather than an outcome (``target``).
The rules follow ``tests/gold/OBSERVATIONS.md``; their word lists are in
``lexicon/observations.yaml``, ``indicators.yaml`` and ``places.yaml``.

>>> from datetime import date, timedelta
>>> from extractors.quantities import find_quantities
>>> from extractors.dates import find_dates
>>> body = "1—10月份，全市规模以上工业增加值同比增长3.4%，其中10月份增长5.1%。"
>>> qs = find_quantities(body)
>>> home = places.gazetteer().lookup("青岛市")[0]
>>> annotate(body, qs, find_dates(body, date(2024, 11, 20)), home, date(2024, 11, 20))
>>> [(q.text, q.area, q.period, q.indicator, q.measure.value) for q in qs]
[('3.4%', '青岛市', '2024-01/2024-10', '规模以上工业增加值', 'growth'), ('5.1%', '青岛市', '2024-10', '规模以上工业增加值', 'growth')]
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from . import places, wordlists
from .articles import (
    HEADLINE_MAX,
    TITLE_CUT,
    credit_start,
    is_credit_line,
    is_source_line,
    source_formula_length,
)
from .dates import iso_bounds as _iso_bounds
from .dates.atoms import DAY_FIRST_DIGITS
from .dates.context import delivered_to_congress, report_reviewed_year, reviewed_past_year
from .dates.days import add_months
from .dates.grammar import SAME_PERIOD as _SAME_PERIOD
from .dates.words import RELATIVE_DAYS as _RELATIVE_DAYS
from .indicators import GDP, catalogue
from .numerals import parse_number
from .places import Place
from .quantities import _pos_tags as pos_tags  # noqa: PLC2701 — one jieba tag table
from .quantities import _segment as segment_words
from .quantities import ranked_among
from .records import DateMention, Measure, Quantity
from .segment import guarded, word_pattern
from .text import DATE_LINE, LIST_BULLETS, sentence_bounds

#: The day bounds of a period; a page's figures share a few periods (2024, 2024-01/2024-10),
#: so each is read once.
iso_bounds = lru_cache(maxsize=1024)(_iso_bounds)


@dataclass(frozen=True, slots=True)
class _Words:
    growth: tuple[str, ...]
    share: tuple[str, ...]
    level_rates: tuple[str, ...]
    base_before: tuple[str, ...]
    base_after: tuple[str, ...]
    base_change: re.Pattern[str]
    joined_base: re.Pattern[str]   # 比…和 before a date: the date is the second base
    balances: re.Pattern[str]       # 余额, 资产总计: a balance held at a moment
    carried_over: tuple[str, ...]   # 结转: 上年结转, a budget item, no date of a figure
    aim_words: tuple[str, ...]      # 目标: a sentence naming aims before a quotation of them
    plan_gap: re.Pattern[str]       # 超任务, 与任务相差 right before a figure: how far past its plan
    milestone_marks: frozenset[str]   # 大关: a level's own words that name no subject
    story_continuers: tuple[str, ...]   # 此外: a sentence going on with the story's report
    overseen: re.Pattern[str]   # 督促 right before a count: those overseen, no plan
    clause_cues: frozenset[str]   # 即将: a cue for its own clause only
    built_before: re.Pattern[str]   # (以)前建成的 after a date: the date describes the things counted
    target: re.Pattern[str]
    basis_opener: re.Pattern[str]
    disposal: re.Pattern[str]   # 将…分解交由: 将 marks what is handed over, like 把
    attendance: re.Pattern[str]   # 应出席, 实到: a meeting's attendance, counted on its day
    gathering: re.Pattern[str]      # 齐聚一堂: the people counted before it met
    attending: re.Pattern[str]      # 12名代表，参加了答复会: they attended the meeting
    drafting: re.Pattern[str]       # 制定, 编制 before a plan word: the plan is a document made
    speech_part: re.Pattern[str]    # (个|大)部分, 方面 right after a count: a speech's parts
    speech_parts: frozenset[str]    # 部分, 方面 as a count's unit
    speech_divided: re.Pattern[str]   # 报告(共)分: a speech divided into the parts counted after
    speech_verbs: re.Pattern[str]     # 作了回顾, after the count in its clause
    funds_won: frozenset[str]   # 争取: of funds, what was won, no plan
    funds: re.Pattern[str]      # the funds 争取 won, right before their figure
    year_programme: re.Pattern[str]
    done: re.Pattern[str]   # 已达, 已完成: what follows has happened
    estimates: frozenset[str]   # 预计: a forecast, of an outcome when its period has (nearly) ended
    filler: re.Pattern[str]
    verb_filler: re.Pattern[str]
    gap_filler: re.Pattern[str]
    annual: tuple[str, ...]
    subject_openers: tuple[str, ...]
    bulletin_title: re.Pattern[str]
    this_year: frozenset[str]
    topic_years: frozenset[str]   # 今年 as a paragraph's topic (我镇今年…)
    indicator_prefix: re.Pattern[str]
    new_slice: tuple[str, ...]
    as_of_ends: tuple[str, ...]
    as_of_starts: tuple[str, ...]
    breakdown: tuple[str, ...]
    event_refs: tuple[str, ...]   # 此次, 本次: the event the item reports
    breakdown_ref: re.Pattern[str]   # (经…分析，)这些建议中: a breakdown of the sentence before
    breakdown_by: re.Pattern[str]   # 按提案内容分： opening a paragraph: a breakdown of the one before
    inline_breakdown: re.Pattern[str]
    subgroups: tuple[str, ...]
    heading_predicates: re.Pattern[str]   # 稳中有进: closes a heading run into its sentence
    place_tally: re.Pattern[str]   # 4个县区 right after the places it counts
    listed_tally: re.Pattern[str]   # 等区县 closing a list of places
    listed_before_tally: re.Pattern[str]   # 永川、南川、…、黔江 before it
    momentum: re.Pattern[str]   # 延续 right before a time phrase…
    momentum_nouns: re.Pattern[str]   # …and 势头 after it: the pace goes on
    parks: tuple[str, ...]   # 工业集中区, 产业园: a part of a county that may open a sentence
    respectively: str
    place_joins: tuple[str, ...]
    preamble: re.Pattern[str]
    span_ahead: tuple[str, ...]
    stock_cues: re.Pattern[str]
    name_heads: tuple[str, ...]
    name_head: re.Pattern[str]   # any of name_heads
    categories: tuple[str, ...]
    venue_after: tuple[str, ...]
    today_words: frozenset[str]
    located: tuple[str, ...]
    honour: re.Pattern[str]
    site_heads: tuple[str, ...]
    mastheads: tuple[str, ...]
    source_paper: re.Pattern[str]   # 来源：太仓日报
    column: re.Pattern[str]   # 栏目:小榄
    area_parts: tuple[str, ...]
    statistics_cues: tuple[str, ...]
    release_names: tuple[tuple[str, int], ...]   # (半年报, 6): months from January, the longest name first
    named_spans: dict[str, list[int]]   # 新冠疫情: [2020, 2022]
    dimension: re.Pattern[str]
    day_parts: tuple[str, ...]
    now_words: frozenset[str]
    learned: tuple[str, ...]
    event_verbs: tuple[str, ...]
    opening: re.Pattern[str]
    headings: re.Pattern[str]   # alternative r<i> matches a heading of rank i
    base_value: re.Pattern[str]
    growth_after: tuple[str, ...]
    share_after: tuple[str, ...]   # 来自: 其中72.4%来自新开工项目, a part of a whole
    split_verb: re.Pattern[str]
    flow_heads: tuple[str, ...]
    firm_groups: re.Pattern[str]   # 中小企业: a paragraph's figures are that group's
    looked_back: re.Pattern[str]   # 感受过去一年: a span looked back on, at a clause's end
    plan_headings: tuple[str, ...]
    capacity: tuple[str, ...]
    same_period: tuple[str, ...]
    event_name: re.Pattern[str]
    event_ends: tuple[str, ...]
    running: tuple[str, ...]
    reached: tuple[str, ...]
    tally: re.Pattern[str]
    congress_story: tuple[str, ...]
    congress: tuple[str, ...]
    part_word: str
    origins: tuple[str, ...]
    speaker: re.Pattern[str]
    speaker_levels: dict[str, tuple[str, ...]]
    basis: re.Pattern[str]
    plan: re.Pattern[str]
    plan_years: dict[str, tuple[int, int]]
    plan_suffixes: dict[str, str]
    season_areas: re.Pattern[str]   # 播种面积: a season's flow, not a stock
    status_opener: re.Pattern[str]   # 目前: how things stand now, no plan
    project_refs: tuple[str, ...]   # 该项目: the project the sentence before named
    congress_session: re.Pattern[str]   # 十九届人大: a place's congress session after its name
    year_account_titles: tuple[str, ...]   # …办理情况的汇报: an account of the year's work
    year_account_endings: tuple[str, ...]   # …提案办理情况: such a title with no 报告 after it
    year_goals: re.Pattern[str]   # 主要预期目标: a year's goals
    striving: re.Pattern[str]   # 力争: a goal striven for
    vital_events: tuple[str, ...]   # 出生人口: counted over a year
    year_account_opening: re.Pattern[str]   # 今年我局…, not 今年以来


#: How far after 列入/纳入 the plan it names may end (列入我局2021年老旧小区改造项目中).
_INCLUSION_REACH = 20


def _target_cues(lex: dict[str, Any]) -> re.Pattern[str]:
    """The target cues of a sentence. A blocked word is matched first and skipped; a cue
    followed by 的 names what an outcome is measured against (完成年度计划的95%); the
    longest word first."""
    # 已列入我局2021年老旧小区改造项目中: what is put into a plan is planned
    inclusion = (f"(?:{word_pattern(lex['plan_inclusions'])})"
                 f"(?=[^，。；,;\n]{{0,{_INCLUSION_REACH}}}?(?:{word_pattern(lex['plan_inclusion_ends'])}))")
    # 建设任务7800亩，…: a task stated as a figure that ends its phrase is planned (not
    # 占总任务4.8亿元的154%, where the task is what an outcome is measured against)
    task = f"(?:{word_pattern(lex['task_words'])})(?=[0-9][0-9.]*[\u4e00-\u9fff%]{{1,3}}[，,。；;、])"
    return guarded(f"(?:{word_pattern(lex['not_target_cues'])})"
                   f"|(?P<cue>(?:{word_pattern(lex['target_cues'])})(?!的)|{inclusion}|{task})")


def _plan_words(lex: dict[str, Any]) -> dict[str, Any]:
    """What tells a stated plan from one followed (根据…规划), a year's programme or how
    things stand now (目前), a season's sown area from a stock, and a balance (余额)."""
    return {"basis_opener": re.compile(word_pattern(lex["basis_openers"])),
            "disposal": re.compile(word_pattern(lex["disposal_verbs"])),
            "attendance": re.compile(f"(?:{word_pattern(lex['attendance_words'])})"
                                     r"(?:代表|委员|人员|成员)?(?:共|为)?$"),
            "gathering": re.compile(word_pattern(lex["gathering_words"])),
            "attending": re.compile(r"[\u4e00-\u9fff]{0,8}[，,]?(?:" + word_pattern(lex["attending_words"])
                                    + r")[^，,。；;]{0,12}会"),
            "drafting": re.compile(word_pattern(lex["drafting_verbs"])),
            "speech_part": re.compile(r"[个大]?(?:" + word_pattern(lex["speech_parts"]["parts"]) + ")"),
            "speech_parts": frozenset(lex["speech_parts"]["parts"]),
            "speech_divided": re.compile("(?:" + word_pattern(lex["speech_parts"]["speeches"]) + ")共?分"),
            "speech_verbs": re.compile(word_pattern(lex["speech_parts"]["verbs"])),
            "funds_won": frozenset(lex["funds_won"]["cues"]),
            "funds": re.compile(r"到?[^，。；,;：:]{0,16}?(?:" + word_pattern(lex["funds_won"]["funds"])
                                + r")[^，。；,;\d]{0,3}(?=[\d约近超逾])"),
            "year_programme": re.compile(lex["year_programme"]),
            "season_areas": re.compile(word_pattern(lex["season_areas"])),
            "congress_session": re.compile(lex["congress_session"]),
            "year_account_titles": tuple(lex["year_account_titles"]),
            "year_account_endings": tuple(lex["year_account_endings"]),
            "year_goals": re.compile(word_pattern(lex["year_goals"])),
            "striving": re.compile(word_pattern(lex["striving_cues"])),
            "project_refs": tuple(lex["project_refs"]),
            "vital_events": tuple(lex["vital_events"]),
            "year_account_opening": re.compile(lex["year_account_opening"]),
            "status_opener": re.compile(f"[，,；;]\\s*(?:{word_pattern(lex['status_openers'])})"),
            "balances": re.compile(word_pattern(lex["balance_words"])),
            "carried_over": tuple(lex["carried_over"]),
            "aim_words": tuple(lex["aim_words"]),
            "milestone_marks": frozenset(lex["milestone_marks"]),
            "story_continuers": tuple(lex["story_continuers"]),
            "clause_cues": frozenset(lex["clause_cues"]),
            "overseen": re.compile(f"(?:{word_pattern(lex['oversight_verbs'])})(?:全县|全区|全市|全镇|辖区)?$"),
            "plan_gap": re.compile(f"(?:{word_pattern(lex['plan_gaps'])})[约近超逾]?$"),
            "momentum": re.compile(f"(?:{word_pattern(lex['momentum']['verbs'])})$"),
            "momentum_nouns": re.compile(f"[^，,；;。]{{0,8}}?(?:{word_pattern(lex['momentum']['nouns'])})"),
            "heading_predicates": re.compile(word_pattern(lex["heading_predicates"])),
            "place_tally": re.compile(r"[0-9一二三四五六七八九十两]+个(?:" + word_pattern(lex["place_tallies"]) + ")"),
            # 等区县, 等11个区县 closing a list of places; and that list, of short names (永川、南川、…、黔江)
            "listed_tally": re.compile(r"等(?:[0-9一二三四五六七八九十两]+个)?(?:" + word_pattern(lex["place_tallies"]) + ")"),
            "listed_before_tally": re.compile(
                r"[\u4e00-\u9fff]{2,4}(?:[（(][^（()）]{0,10}[）)])?(?:[、和及与][\u4e00-\u9fff]{2,4}(?:[（(][^（()）]{0,10}[）)])?)*"
                r"(?=等(?:[0-9一二三四五六七八九十两]+个)?(?:" + word_pattern(lex["place_tallies"]) + "))")}


@cache
def _words() -> _Words:
    lex = wordlists.load("observations")
    target = _target_cues(lex)
    marks = r"[，、；：,;:\s\d.%（）()\[\]［］\-－−]"   # a sign repeating a fall (下降-1.4%) too
    filler = _any_run(lex["filler"], marks)
    hedges = wordlists.load("hedges")
    verbs = {*lex["filler"], *lex["verbs_before_figures"], *lex["target_cues"], *lex["plan_gaps"],
             *hedges["before_outside"], *hedges["before"]}
    verb_filler = _any_run(verbs, r"[，、；：,;:\s\d.%（）()“”\[\]［］\-－−]")
    gap_filler = _any_run({*lex["filler"], *lex["gap_words"]}, marks)
    return _Words(
        growth=tuple(lex["growth_words"]), share=tuple(lex["share_words"]),
        level_rates=tuple(lex["level_rates"]),
        base_before=tuple(lex["base_before"]), base_after=tuple(lex["base_after"]),
        base_change=re.compile(f"(?:{word_pattern(lex['base_changes'])})[0-9.]+个?百分点"),
        built_before=re.compile(f"以?前(?:{word_pattern(lex['attributive_verbs'])})(?P<attributive>的)?"),
        joined_base=re.compile(f"(?:{word_pattern(lex['comparison_verbs'])})"
                               f"[^，。；]*(?:{word_pattern(lex['base_joins'])})$"),
        target=target, done=_done_cues(lex), **_plan_words(lex),
        estimates=frozenset(lex["estimate_cues"]), filler=filler, verb_filler=verb_filler, gap_filler=gap_filler, annual=tuple(lex["annual"]),
        subject_openers=tuple(lex["subject_openers"]),
        bulletin_title=re.compile(r"((?:19|20)\d\d)年[^\n]{0,30}(?:"
                                  + "|".join(map(re.escape, lex["bulletin_titles"])) + ")"),
        this_year=frozenset(lex["this_year"]), topic_years=frozenset(lex["topic_years"]),
        indicator_prefix=_any_run({*lex["indicator_prefixes"], *lex["target_cues"], *lex["verbs_before_figures"]},
                                  r"[\s，、：,:（）()“”\d.%\[\]［］]"),
        new_slice=tuple(lex["new_slice"]),
        as_of_ends=tuple(lex["as_of_ends"]), as_of_starts=tuple(lex["as_of_starts"]),
        breakdown=tuple(lex["breakdown"]), event_refs=tuple(lex["event_refs"]),
        breakdown_ref=re.compile(r"[ \u3000]*(?:[^，。；！？\n]{0,12}[，,])?(?:" + word_pattern(lex["breakdown_refs"])
                                 + r")[\u4e00-\u9fff]{1,8}中[，,：:]"),
        breakdown_by=re.compile(r"[ \u3000]*按[\u4e00-\u9fff]{1,8}分[，,：:]"), subgroups=tuple(lex["subgroups"]), parks=tuple(lex["parks"]),
        inline_breakdown=re.compile("[，,；;](" + "|".join(map(re.escape, lex["breakdown"])) + ")"),
        respectively=lex["respectively"], place_joins=tuple(lex["place_joins"]),
        preamble=re.compile("|".join(lex["preambles"])), release_names=tuple(sorted(lex["release_names"].items(), key=lambda kv: -len(kv[0]))), named_spans=dict(lex["named_spans"]),
        span_ahead=tuple(lex["span_ahead"]), stock_cues=re.compile(word_pattern(lex["stock_cues"])),
        today_words=frozenset(lex["story_today"]), statistics_cues=tuple(lex["statistics_cues"]),
        now_words=frozenset(lex["story_now"]), learned=tuple(lex["learned_cues"]), event_verbs=tuple(lex["event_name_verbs"]),
        day_parts=(*wordlists.load("dates")["times_of_day"], "当天", "当晚"),
        dimension=re.compile(f"(?<![拓加放])(?:{word_pattern(lex['dimension_words'])})(?:约|为|达|均为)?"
                             r"(?:[\d.]+[^\d，。；、,;]{0,4}、)*$"),
        **_place_words(wordlists.load("places")),
        headings=re.compile("|".join(f"(?P<r{i}>{p})" for i, p in enumerate(lex["heading_markers"]))),
        base_value=re.compile(lex["base_value"]),
        growth_after=tuple(lex["growth_after"]), share_after=tuple(lex["share_after"]),
        split_verb=re.compile(f"(?P<firms>企业)?(?:{word_pattern(lex['split_verbs'])})"),
        flow_heads=tuple(lex["flow_heads"]), firm_groups=re.compile(word_pattern(lex["firm_groups"])), looked_back=re.compile("(?:" + word_pattern(lex["look_back_verbs"]) + ")[^，,。；;]{0,4}$"),
        plan_headings=tuple(lex["plan_headings"]), capacity=tuple(lex["capacity_words"]),
        same_period=tuple(lex["same_period_words"]),
        event_name=re.compile(f"(?:{word_pattern(lex['event_name_verbs'])})[^，。；：,;:\\n]*$"),
        event_ends=tuple(lex["event_name_ends"]), running=tuple(lex["running_words"]),
        reached=tuple(lex["reached_words"]), congress_story=tuple(lex["congress_story_cues"]), congress=tuple(lex["congress_words"]),
        tally=re.compile(f"(?<![公总])(?:{word_pattern(lex['tally_words'])})(?![同享建赢识治产])"),
        part_word=lex["part_word"],
        basis=re.compile(lex["basis"]),
        plan=re.compile("[“\"]?(" + "|".join(map(re.escape, lex["plan_periods"])) + ")[”\"]?("
                        + "|".join(map(re.escape, lex["plan_suffixes"])) + ")"),
        plan_years={k: (int(v[0]), int(v[1])) for k, v in lex["plan_periods"].items()},
        plan_suffixes=dict(lex["plan_suffixes"]),
    )


def _done_cues(lex: dict[str, Any]) -> re.Pattern[str]:
    """The words of having done (已完成), and 已 or 已经 right before any verb (已联合…进行验收),
    not inside 而已, 不得已."""
    return re.compile(word_pattern(lex["done_cues"]) + r"|(?<![而得不])(?:"
                      + word_pattern(lex["done_prefixes"]) + r")(?=[\u4e00-\u9fff])")


def _any_run(words: Iterable[str], marks: str) -> re.Pattern[str]:
    """A run of any of ``words`` (longest first) and characters of the class ``marks``."""
    return re.compile("(?:" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))
                      + "|" + marks + ")*")


def _place_words(places_lex: dict[str, Any]) -> dict[str, Any]:
    """The fields of :class:`_Words` that come from lexicon/places.yaml."""
    return dict(
        name_heads=tuple(places_lex["name_heads"]), name_head=re.compile(word_pattern(places_lex["name_heads"])),
        categories=tuple(places_lex["categories"]), venue_after=tuple(places_lex["venue_after"]),
        located=tuple(places_lex["located_verbs"]), site_heads=tuple(places_lex["site_heads"]),
        honour=re.compile(f"[^，。；、,;\\n]{{0,20}}?(?:{word_pattern(places_lex['honour_ends'])})(?=等|、|称号|荣誉|”)"
                          f"|[^，。；、,;\\n\\d]{{0,20}}?(?:{word_pattern(places_lex['titles_before_figures'])})(?=\\d)"
                          f"|[\u4e00-\u9fff]{{0,6}}?(?:{word_pattern(places_lex['ranking_words'])})"),
        mastheads=tuple(places_lex["mastheads"]),
        source_paper=re.compile(f"(?:{word_pattern(places_lex['source_labels'])})[ \u3000]*[:：][ \u3000]*"
                                r"(?P<paper>[\u4e00-\u9fff]{2,10})"),
        column=re.compile(f"(?:{word_pattern(places_lex['column_labels'])})[ \u3000]*[:：][ \u3000]*"
                          r"(?P<name>[\u4e00-\u9fff]{2,6})"),
        area_parts=tuple(places_lex["area_parts"]), origins=tuple(places_lex["origin_verbs"]),
        speaker=re.compile("我代表(?P<name>[\u4e00-\u9fff]{0,8}?)(?P<level>"
                           + "|".join(map(re.escape, places_lex["speaker_levels"])) + ")(?:人民)?政府"),
        speaker_levels={k: tuple(v) for k, v in places_lex["speaker_levels"].items()},
        opening=re.compile("(?:" + "|".join(map(re.escape, places_lex["place_openers"]))
                           + r"|[\s，,、：:。；“])*"),   # “去年，我们…: a quote may open it
    )


# --- the article's own place ------------------------------------------------

_PHRASE_BREAK = guarded("[，；：、。（(“”\n]|(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_CLAUSE_BREAK = re.compile("[，；：]")
_LEVEL_GROUPS = {"district": ("county", "zone"), "county": ("county", "zone"),
                 "city": ("city",), "province": ("province",)}
_HOME_LEVELS = ("province", "city", "county", "zone", "region")
_LEVEL_RANK = {"province": 3, "city": 2, "district": 1, "county": 1, "zone": 1}


def _inner_written_after(titled: list[places.Mention], in_title: list[places.Mention]) -> list[places.Mention]:
    """``titled`` with a place written right before one inside it (日照市五莲县第十七届人民代表大会)
    replaced by that one: the city only says where the county lies."""
    after = {m.start: m for m in in_title if m.place is not None}
    out = []
    for m in titled:
        inner = after.get(m.end)
        out.append(inner if inner is not None and m.place is not None and inner.place is not None
                   and inner.place != m.place and m.place.contains(inner.place) else m)
    return out


def home_area(title: str, body: str, mentions: Sequence[places.Mention] | None = None,
              page_home: Place | None = None) -> Place | None:
    """The place an article is about: the most named place of the level its self
    references (全区, 全市…) point to, the title's places counting triple. An
    article that names no place, or only one in passing, is about its page's.
    ``mentions`` are the body's, when already found.

    >>> home_area("一季度温江区经济实现开门红", "全区地区生产总值增长21.3%，成都市增长…").name
    '温江区'
    >>> home_area("", "本报讯 全区金融机构达242家") is None
    True
    """
    gaz = places.gazetteer()
    spoken = _spoken_home(body, mentions, page_home)
    if spoken is not None:
        return spoken
    entry = gaz.towns(title.strip(), page_home) if 2 < len(title.strip()) <= _ENTRY_TITLE else []
    if len(entry) == 1 and entry[0].end - entry[0].start == len(title.strip()):
        return entry[0].place   # 城关镇 over a gazetteer entry: the page is the town's
    in_title = [m for m in (gaz.mentions(title) + gaz.county_stems(title) if title else []) if not _venue(title, m)]
    if title.endswith(TITLE_CUT) and page_home is not None:
        # a lead cut short on a page whose place is given (…四川行活动签约陕西隆庆…等…): the lead's
        # places are the body's, read there with the names they open
        in_title = []
    elif title.endswith(TITLE_CUT):   # a lead cut short (…从防城港站搭乘“广西防城…): not a name cut in two
        in_title = [m for m in in_title if m.end < len(title) - len(TITLE_CUT)]
    # a place that only names a title's meeting or body still says whose it is
    # (对个旧市十七届人大六次会议第55号建议的答复); beside another place it does not
    # (with a page's own place given, a title naming places only inside an event's name,
    # 浙江(广东)经济结构调整洽谈会…, leaves the page's place to the body, unless the event is
    # the place's own congress: 西宁市湟源县十九届人大四次会议开幕 in 西宁晚报)
    titled = _named(title, in_title) or ([] if page_home else _named(title, in_title, names=True)) \
        or [m for m in _named(title, in_title, names=True) if _words().congress_session.match(title, m.end)]
    titled = _inner_written_after(titled, in_title)
    found = list(gaz.mentions(body) if mentions is None else mentions)
    named = [*titled, *_unlisted(body, _named(body, found))]
    if not named:
        return page_home and _narrowed(title, body, found, page_home)
    _disambiguate(named)
    score: Counter[Place] = Counter()
    for m in named:
        assert m.place is not None
        score[_home_candidate(m.place)] += 1
    if titled:    # a place in the title is what the article is about (融安：一颗金桔…); a
        # zone there is itself (雨花经开区入选…), not the county it lies in
        assert titled[-1].place is not None
        best = titled[-1].place if titled[-1].place.level == "zone" else _home_candidate(titled[-1].place)
        level = _self_level(found)
        best = _inner_of_level(best, score, level) or _outer_of_level(best, titled, level) or best
    else:
        score[_home_candidate(named[0].place)] += 1  # type: ignore[arg-type]
        level = _self_level(found)
        best = _best_of_level(score, level, page_home)
        if page_home and best != page_home and (score.get(best, 0) <= 2 or best.contains(page_home)) \
                and not _speaks_as(best, page_home, level):
            # named once in passing, or the page's own city (对北京重要讲话 on 海淀区's page):
            # the page's place still holds
            return _narrowed(title, body, found, page_home)
    best = _with_host(best, score) if best.code is None else best
    return _narrowed(title, body, found, best)


#: How far into a sentence the source formulas it opens with may reach.
_FORMULA_REACH = 60

def _spoken_home(body: str, mentions: Sequence[places.Mention] | None, page_home: Place | None) -> Place | None:
    """The place whose government reports, from the report's opening (我代表…人民政府)."""
    spoken = _words().speaker.search(body, 0, _SPEAKER_REACH)
    if spoken is None:
        return None
    if spoken.group("name"):
        # 我代表普陀区人民政府，向大会报告…: the report of the place the speaker names
        found = places.gazetteer().mentions(body[:spoken.end()]) if mentions is None else mentions
        return next((m.place for m in found
                     if m.start == spoken.start("name") and m.end == spoken.end("level")), None)
    if page_home is not None and page_home.level in _words().speaker_levels[spoken.group("level")]:
        return page_home   # 我代表区人民政府向大会报告工作 on a district's page: the district's report
    # ——…在上高县第十七届人民代表大会…上 / 我代表县人民政府: that county's report
    return _congress_place(body, spoken, mentions) or _stem_home(body, spoken)


def _stem_home(body: str, spoken: re.Match[str]) -> Place | None:
    """The place of the speaker's level (我代表县政府) that a report naming no place in full
    calls by its short name, at least twice and more often than any other, in its opening
    pages (在县第十八届人民代表大会… / 也是桦川振兴发展进程中…的一年 / “五个桦川”建设)."""
    levels = _words().speaker_levels[spoken.group("level")]
    named: Counter[Place] = Counter()
    for m in places.gazetteer().county_stems(body[:_STEM_HOME_REACH]):
        if m.place is not None and m.place.level in levels and not m.others:
            named[m.place] += 1
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < _STEM_HOME_TIMES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


#: How far into a report its short name is looked for, and how often it must be written.
_STEM_HOME_REACH, _STEM_HOME_TIMES = 1500, 2


def _congress_place(body: str, spoken: re.Match[str], mentions: Sequence[places.Mention] | None) -> Place | None:
    """The place of the speaker's level (我代表县人民政府) whose congress the report's subtitle
    names before the speaker (在上高县第十七届人民代表大会第五次会议上), when only one is."""
    levels = _words().speaker_levels[spoken.group("level")]
    found = places.gazetteer().mentions(body[:spoken.start()]) if mentions is None else mentions
    own = {m.place for m in found if m.end <= spoken.start() and m.place is not None and m.place.level in levels
           and _words().congress_session.match(body, m.end)}
    return own.pop() if len(own) == 1 else None


#: How far into an article a report's opening (我代表区人民政府…) may stand.
_SPEAKER_REACH = 300

#: The longest title that may be a town's name alone (a gazetteer entry's heading).
_ENTRY_TITLE = 8


def _narrowed(title: str, body: str, found: Sequence[places.Mention], home: Place) -> Place:
    """``home``, or the town (:func:`_home_town`) or zone (:func:`_home_zone`) in it that
    the article speaks as."""
    return _home_town(title, body, found, home) or _titled_town(title, home) or _home_zone(body, found, home) or home


def _titled_town(title: str, host: Place) -> Place | None:
    """The one town of ``host`` a title names after its county or city (安徽怀远龙亢镇一批
    重点项目集中开工): the story is the town's."""
    if not title:
        return None
    gaz = places.gazetteer()
    named = gaz.mentions(title) + gaz.county_stems(title)
    towns = {m.place for m in gaz.towns_after(title, [m for m in named if m.place == host])
             if m.place is not None and m.place.level == "town"}
    if not towns:   # 对…第59号“铜石镇四好公路修建”建议的答复: the one town a quoted name opens with
        towns = {m.place for q in _QUOTE_OPEN.finditer(title) for m in gaz.towns(title[q.end():], host)
                 if m.start == 0 and m.place is not None and m.place.level == "town"
                 and not re.search("[省市县区州]", m.place.name)}   # 《天水市县乡道…规划》: no town
    return towns.pop() if len(towns) == 1 else None


#: What opens a quoted name in a title (“…”, 《…》, 「…」).
_QUOTE_OPEN = re.compile("[“\"《「]")


def _home_zone(body: str, found: Sequence[places.Mention], host: Place) -> Place | None:
    """The zone of ``host`` an article speaks as: a zone kind written bare (8月3日，高新区召开
    …；高新区党工委书记…) more often than ``host``'s own self-references (全市, 我县), on
    a page of a county or city that names no zone of its own."""
    if host.level not in ("county", "city") or any(m.place is not None and m.place.level == "zone" for m in found):
        return None
    counts = Counter(m.group("kind") for m in _BARE_ZONE.finditer(body))
    if not counts:
        return None
    kind, count = counts.most_common(1)[0]
    own = sum(1 for m in found if m.self_ref == host.level and not m.comparison)
    if count < 2 or count <= own:
        return None
    zone = places.gazetteer().resolve(places.gazetteer().stem(host.name) + kind)
    return zone if zone is not None and zone.level == "zone" else None


#: A zone kind written without a place before it: after a clause break or a function word.
_BARE_ZONE = guarded(r"(?:^|(?<=[\s，。、；：“”（）,;:()在对由从向与和及的]))(?P<kind>高新区|经开区|开发区|经济开发区|经济技术开发区)")


def _unlisted(body: str, named: list[places.Mention]) -> list[places.Mention]:
    """The places named, less those named once and only as an item of a list
    (紧盯长三角、珠三角…以及市内主城区、两江新区和“三北地区”等): a list of places an
    article courts or visits says little of whose article it is."""
    joins = _words().place_joins
    counts = Counter(m.place for m in named)
    return [m for m in named if counts[m.place] > 1 or not (
        body[max(0, m.start - 1):m.start] in joins or body[m.end:m.end + 1] in joins)]


def _home_town(title: str, body: str, found: Sequence[places.Mention], host: Place) -> Place | None:
    """The town an article is about, when it speaks as a town (我镇, 该镇, 全镇 more often
    than 全县 or 全市) and names one town of ``host`` most: the town's own page
    (信息来源:中山市坦洲镇人民政府 … 我镇今年…) or a report on one town; or when its lead
    opens with a town it names again, more often than ``host`` (今年以来，三合镇保持…).
    """
    titled = _TOWN_GOVERNMENT_TITLE.match(title)
    if titled is not None:   # 2024年湖镇镇政府工作报告: the town's own report
        town = places.gazetteer().resolve(host.name + titled.group("town"))
        if town is not None and town.level == "town":
            return town
    column = _words().column.search(body, 0, _COLUMN_REACH)
    if column is not None:   # 栏目:小榄 on 中山+: the town's column of its city's paper
        name = column.group("name")
        town = places.gazetteer().resolve(host.name + name + ("" if name.endswith(_TOWN_ENDS) else "镇"))
        if town is not None and town.level == "town":
            return town
    town_refs = sum(1 for m in found if m.self_ref == "town" and not m.comparison)
    speaks_as_town = town_refs > 0 and town_refs > sum(
        1 for m in found if m.self_ref in _LEVEL_GROUPS and not m.comparison)
    opening = set() if speaks_as_town else _lead_towns(body, host)
    if not speaks_as_town and not opening:
        return None   # the cheap tests first: most articles are no town's
    named = _towns_named(title, body, found, host)
    if not named:
        return None
    (first, count), *rest = named.most_common(2)
    if rest and count <= rest[0][1]:
        return None
    if speaks_as_town:
        return first
    hosts = sum(1 for m in found if m.place == host and not m.comparison)
    return first if count >= 2 and count > hosts and first.name in opening else None


def _towns_named(title: str, body: str, found: Sequence[places.Mention], host: Place) -> Counter[Place]:
    """How often the title and body name each town of ``host`` (晋江磁灶镇 counts as 磁灶镇)."""
    gaz = places.gazetteer()
    named: Counter[Place] = Counter()
    stem = gaz.stem(host.name)
    for text, mentions in ((title, gaz.mentions(title)), (body, found)):
        for m in [*gaz.towns(text, host), *gaz.towns_after(text, mentions)]:
            if m.place is not None and m.place.level == "town":
                town = m.place
                if town.name.startswith(stem) and len(town.name) > len(stem) + 1:   # 晋江磁灶镇: 磁灶镇
                    town = dataclasses.replace(town, name=town.name[len(stem):])
                named[town] += 1
    return named


def _lead_towns(body: str, host: Place) -> set[str]:
    """The towns the body's first sentence opens with, after a time phrase at most (not
    one in brackets after a zone's name: 桐乡经济开发区(高桥街道)获得…)."""
    stop = min((i for mark in "。！？\n" if (i := body.find(mark, 0, _LEAD_TOWN_REACH)) >= 0),
               default=_LEAD_TOWN_REACH)
    lead = body[:stop]
    return {m.place.name for m in places.gazetteer().towns(lead, host) if m.place is not None
            and m.start <= _OPENING_TOWN_REACH and lead[m.start - 1:m.start] in ("", "，", "\n")}


#: How far into a page its column's label may stand, and the ends of a town's name.
_COLUMN_REACH = 200
_TOWN_ENDS = ("镇", "乡", "街道")

#: How far the lead sentence is read for its town, and how far into it the town may stand
#: (今年以来，三合镇…: after a time phrase).
_LEAD_TOWN_REACH = 120
_OPENING_TOWN_REACH = 12


#: A title naming a town's government or congress as the document's author (2024年湖镇镇政府
#: 工作报告, 沙沟镇2021年政府工作报告, 湖镇镇人民代表大会…): the town's own page.
_TOWN_GOVERNMENT_TITLE = re.compile(
    r"\s*(?:(?:19|20)\d{2}年度?)?(?P<town>[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))(?:(?:19|20)\d{2}年度?)?"
    r"(?:人民)?(?:政府|人民代表大会|人大)")


def _home_candidate(place: Place) -> Place:
    """A development zone inside a county (寒亭经济开发区) speaks for that county;
    a national new area (青岛西海岸新区) is an area of its own."""
    gaz = places.gazetteer()
    if place.level == "zone" and place.code and not gaz.is_new_area(place):
        host = gaz.by_code.get(place.code)
        if host is not None and host.level == "county":
            return host
    return place


def _named(text: str, mentions: Sequence[places.Mention], names: bool = False) -> list[places.Mention]:
    """The places that may be an article's own; with ``names``, also those that open a name."""
    return [m for m in mentions if m.place and not m.comparison and m.place.level in _HOME_LEVELS
            and (names or not _in_a_name(text, m.end)) and not _venue(text, m)]


def _venue(text: str, m: places.Mention) -> bool:
    """Whether ``m`` names where an event was held (…洽谈会在广州市举行, …年会在江苏省江阴市召开, both
    its places): not whose article it is."""
    after_in = text[m.start - 1:m.start] == "在" or _VENUE_OUTER.search(text, max(0, m.start - _VENUE_REACH), m.start)
    if not after_in:
        return False
    if text.startswith(_words().venue_after, m.end):
        return True
    inner = _VENUE_INNER.match(text, m.end)
    return inner is not None and text.startswith(_words().venue_after, inner.end())


#: A province or city right after 在 and before a place inside it (在江苏省|江阴市召开), the place inside
#: it after the province (在江苏省|江阴市), and how far back the province may start.
_VENUE_OUTER = re.compile(r"在[\u4e00-\u9fff]{2,8}?(?:省|自治区|市)$")
_VENUE_INNER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:市|县|区)")
_VENUE_REACH = 10


def _self_level(mentions: Sequence[places.Mention]) -> str | None:
    levels = Counter(m.self_ref for m in mentions if m.self_ref in _LEVEL_GROUPS and not m.comparison)
    return levels.most_common(1)[0][0] if levels else None


def _inner_of_level(home: Place, score: Counter[Place], level: str | None) -> Place | None:
    """The place inside a title's ``home`` of the level the article's self references point
    to, named at least as often as ``home`` (a feature opening on 黑龙江“西北风口” about 杜尔伯特县,
    named four times, with its 全县): the article is that place's."""
    if level is None or home.level in _LEVEL_GROUPS[level]:
        return None
    inner = Counter({p: n for p, n in score.items() if p.level in _LEVEL_GROUPS[level] and home.contains(p)})
    if not inner:
        return None
    place, named = inner.most_common(1)[0]
    return place if named >= score.get(home, 0) else None


def _speaks_as(best: Place, page_home: Place, level: str | None) -> bool:
    """Whether the article speaks as ``best``, a province holding its page's place, by a province's
    self references (云南日报's story on 我省/全省 in 昭通日报's e-paper); not a city's 全市 on
    海淀区's page, its city spoken of."""
    return level == _PROVINCE and best.contains(page_home) and best.level == _PROVINCE \
        and not _of_level(page_home, level)


#: The level of a province, and of its self references (全省, 我省).
_PROVINCE = "province"


def _outer_of_level(home: Place, titled: Sequence[places.Mention], level: str | None) -> Place | None:
    """The place a title names that holds several other places it names, its last-named
    ``home`` among them, and is of the level the article's self references point to
    (重庆:上半年全市区县GDP增速… 渝北、长寿和潼南增速位列前3位, with its 我市): the article is the
    holder's, its districts only ranked in it; so is one whose title names the holder's own story
    first and the place later (贵州前三季度市县经济发展情况公布 黔东南地区生产总值同比增长5.7%, with its
    我省). A place written right after the one holding it ((安徽省)全椒县人民政府工作报告) is that place's."""
    if level is None or _of_level(home, level):
        return None
    last = titled[-1]
    for m in titled:
        holder = m.place
        if holder is None or holder == home or not holder.contains(home) or not _of_level(holder, level):
            continue
        inner = {o.place for o in titled if o.place is not None and o.place != holder and holder.contains(o.place)}
        if len(inner) >= 2 or (m.end < last.start and m.end + _QUALIFIER_GAP < last.start):
            return holder
    return None


#: How many characters (brackets, a blank) may stand between a place and the one it holds that it
#: only qualifies ((安徽省)全椒县).
_QUALIFIER_GAP = 2


def _of_level(place: Place, level: str) -> bool:
    """Whether ``place`` is one a self reference of ``level`` may mean: a city's 全市 is also a
    municipality's (重庆市 is a province that calls itself 市)."""
    wanted = _LEVEL_GROUPS[level]
    return place.level in wanted or ("city" in wanted and place.name.endswith("市"))


def _best_of_level(score: Counter[Place], level: str | None, page_home: Place | None) -> Place:
    """The best-scored place of the level the article's self references point to;
    a city named only through its districts (全市 in an article naming 康巴什区
    and 东胜区) is that city."""
    if level is None:
        return score.most_common(1)[0][0]
    wanted = _LEVEL_GROUPS[level]
    fitting = Counter({p: s for p, s in score.items() if p.level in wanted
                       or (p.level == "county" and "city" in wanted and p.name.endswith("市"))})
    if fitting:
        return fitting.most_common(1)[0][0]
    if page_home and page_home.level in wanted:
        return page_home
    if "city" in wanted:
        gaz = places.gazetteer()
        cities = Counter({gaz.city_of(p): s for p, s in score.items() if p.level in ("county", "zone")})
        if cities:
            return cities.most_common(1)[0][0]
    return score.most_common(1)[0][0]


def _with_host(zone: Place, score: Counter[Place]) -> Place:
    """A zone named without its division (稀土高新区) lies in the division the
    article names most."""
    host = next((p for p, _ in score.most_common() if p.code and p.level in ("city", "county")), None)
    if host is None:
        return zone
    return dataclasses.replace(zone, code=host.code, province=host.province or host.name,
                               city=host.city or (host.name if host.level == "city" else None))


def _within(place: Place, home: Place | None) -> bool:
    """Whether ``place`` is a division that lies inside ``home`` and is not it."""
    return home is not None and place.code is not None and place != home and home.contains(place) \
        and place.code != home.code


def _in_a_name(text: str, end: int) -> bool:
    """Whether a place ending at ``end`` is the first word of a longer name
    (上海某某集团, 世界温州人大会): a name's head follows before any punctuation,
    after a word that is not a category (西海岸新区上市公司 is no name). A place in brackets
    between them opens the name too (浙江(广东)经济结构调整洽谈会)."""
    bracket = _PLACE_IN_BRACKETS.match(text, end)
    if bracket is not None:
        end = bracket.end()
    after = text[end:end + 12]
    stop = _NAME_STOP.search(after)
    if stop is not None:
        after = after[:stop.start()]
    words = _words()
    if not words.name_head.search(after):
        return False   # most places: no name's head at all
    for head in words.name_heads:
        at = after.find(head)
        if at > 0 and not after[:at].endswith(words.categories):
            return True
    return False


_NAME_STOP = re.compile("[，。；：、！？\n（(“”0-9]")
#: A short bracketed word right after a place (浙江(广东)…), or the bracket closing one.
_PLACE_IN_BRACKETS = re.compile(r"[(（][\u4e00-\u9fff]{2,6}[)）]|[)）]")


def page_home(page: str, mentions: Sequence[places.Mention]) -> Place | None:
    """The page's own place: its masthead's (寒亭新闻, 温江日报 on the first line),
    else the place the whole page names most, else its source paper's (来源：太仓日报)."""
    first = page.lstrip().split("\n", 1)[0].strip()
    if len(first) <= 12 and first.endswith(_words().mastheads) and (paper := _paper_place(first)):
        return paper
    kept = {id(m) for m in _unlisted(page, [m for m in mentions if m.place])}
    # a venue (…在广州市举行) is where the page's event was held, not the page's place
    kept -= {id(m) for m in mentions if _venue(page, m)}
    return home_area("", "", [m for m in mentions if m.place is None or id(m) in kept]) or _source_paper(page)


def _source_paper(page: str) -> Place | None:
    """The place of the local paper a web page names as its source (来源：太仓日报), for a
    page that names no place of its own (高新区召开…)."""
    m = _words().source_paper.search(page, 0, _SOURCE_REACH)
    if m is None or not m.group("paper").endswith(_words().mastheads):
        return None
    return _paper_place(m.group("paper"))


def _paper_place(paper: str) -> Place | None:
    """The first place a paper's name holds (寒亭新闻, 太仓日报)."""
    gaz = places.gazetteer()
    found = next((n.place for n in gaz.mentions(paper) + gaz.county_stems(paper) if n.place), None)
    stem = paper.removesuffix(next((w for w in _words().mastheads if paper.endswith(w)), ""))
    if found is None and stem != paper:   # 辽宁日报, read as one word: its place before the masthead
        found = next((n.place for n in gaz.mentions(stem) + gaz.county_stems(stem) if n.place), None)
    return found


#: How far into a page its source line may stand (the title and the metadata lines under it).
_SOURCE_REACH = 300


def _disambiguate(mentions: Sequence[places.Mention]) -> None:
    """A name shared by several divisions (鼓楼区) takes the one whose city or
    province the text also names; a bare short name (兴安) the one the text names in
    full (兴安县), not another place of that short name (兴安盟)."""
    known = {m.place.code[:4] for m in mentions if m.place and m.place.code and not m.others}
    known |= {m.place.code[:2] for m in mentions if m.place and m.place.code and not m.others}
    # 广西兴安 beside 兴安县: a bare short name is the place the text names in full
    full = {m.place.name: m.place for m in mentions if m.place and m.text == m.place.name}
    for m in mentions:
        if m.place is not None and not m.self_ref and m.text != m.place.name and not m.text.endswith(_NAME_ENDS):
            named = next((p for p in full.values() if p.name.startswith(m.text) and p != m.place
                          and len(p.name) - len(m.text) <= 2 and p.name[len(m.text):] in _NAME_ENDS), None)
            if named is not None:
                object.__setattr__(m, "place", named)
    for i, m in enumerate(mentions):
        if not m.others or m.place is None:
            continue
        for candidate in (m.place, *m.others):
            if candidate.code and (candidate.code[:4] in known or candidate.code[:2] in known):
                object.__setattr__(mentions[i], "place", candidate)
                break


# --- one article's quantities -----------------------------------------------

#: A bulleted line (●2023年广东地区生产总值…, ◆地区生产总值增长5%；): an item of a list.
_BULLET_LINE = re.compile(f"[ \t\u3000]*[{LIST_BULLETS}]")


def _bullet_goes_on(body: str, newline: int) -> bool:
    """Whether the line after ``newline`` is a bulleted item of the list the line before opens
    (…主要预期目标是：⏎◆地区生产总值增长5%) or goes on with (●…增长4.8%；⏎●广州经济总量突破3万亿元): one
    paragraph, so the list's lead (its year, its 目标) holds for every item."""
    if not _BULLET_LINE.match(body, newline + 1):
        return False
    line_start = body.rfind("\n", 0, newline) + 1
    return body[line_start:newline].rstrip().endswith(("：", ":")) or bool(_BULLET_LINE.match(body, line_start))


class _Context:
    """One article body, indexed for the questions each figure asks."""

    def __init__(self, body: str, dates: Sequence[DateMention], mentions: list[places.Mention],
                 home: Place | None, today: date | None,
                 bounds: Sequence[tuple[int, int]] | None = None) -> None:
        self.body, self.home, self.today = body, home, today
        self.sentences = list(sentence_bounds(body) if bounds is None else bounds) or [(0, len(body))]
        self.starts = [s for s, _ in self.sentences]
        breaks = [m.start() for m in re.finditer("\n", body) if not _bullet_goes_on(body, m.start())]
        self.paragraph_of = [bisect_right(breaks, s) for s in self.starts]
        # a clock time says nothing of a figure's period: 2021-06-03T15:27 is that day
        self.dates = sorted((dataclasses.replace(d, iso=d.iso.partition("T")[0]) if "T" in d.iso else d
                             for d in dates if d.iso), key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]
        self._dates_in: dict[tuple[int, int], list[DateMention]] = {}   # by (start, end)
        self._governing: dict[int, bool] = {}   # by id() of a date in self.dates
        self.places = mentions
        self.place_starts = [m.start for m in mentions]
        self.breaks = [m.start() for m in _PHRASE_BREAK.finditer(body)]
        self.clause_breaks = [m.start() for m in _CLAUSE_BREAK.finditer(body)]
        self.item_marks = [m.start() for m in _ITEM_MARK.finditer(body)]   # a list item ends at each
        self.numbered_items = [m.start() for m in _NUMBERED_ITEM.finditer(body)]   # ① opens one
        # where a breakdown word opens a clause (…，其中：…), found once for every figure's use
        self.breakdown_marks = sorted(m.start(1) for m in _words().inline_breakdown.finditer(body))
        self._plans: dict[int, bool] = {}   # by sentence: whether a plan it continues covers it
        self._list_starts: dict[int, int] = {}   # by sentence: where its list starts
        self.headings = _headings(self)
        self.heading_starts = [start for start, _, _ in self.headings]
        # where the headline's line ends (the last rank-10 heading's), None without one
        last = max((start for start, rank, _ in self.headings if rank == 10), default=None)
        self.headline_end = None if last is None else _line_end(body, last)
        self._plan_sections: dict[int, bool] = {}   # by how many headings stand above
        self._subject_places: dict[int, bool] = {}   # by id() of a mention in self.places
        self._spans_ahead: dict[int, Quantity | None] = {}   # by sentence start
        self._same_below: list[tuple[int, int]] | None = None   # cues said to hold below (预计(下同))
        self._ranked_in_city: bool | None = None   # whether a county-level city home ranks within 全市
        self._openings: dict[int, places.Mention | None] = {}   # by sentence start
        self._leads: dict[tuple[str, int], object] = {}
        # a report delivered to a congress (各位代表：…向大会报告工作)
        self.is_report = delivered_to_congress(body)
        self.quantities: list[Quantity] = []
        self.q_starts: list[int] = []
        self.figure_dates: dict[int, str | None] = {}   # by figure start: a bracketed date after it
        self.zones_in_names: list[places.Mention] = []   # zones inside bodies' names, no areas
        self._cues: dict[int, list[tuple[int, int]]] = {}
        self.article_period: str | None = None
        self.lead_paragraph: int | None = None   # the paragraph whose first figures name article_period
        self.reviewed_year: str | None = None
        self.story_day: str | None = today.isoformat() if today else None
        self.learned_on_story_day: bool | None = None   # :func:`_learned_that_day`, found on first use
        self.raw_indicator: dict[int, str] = {}   # the indicator a figure names, before slices
        self.new_slices: set[int] = set()   # figures (by start) that name a new slice (新增, 新登记…)
        self.sites: dict[str, Place] | None = None   # visited sites by name, and their towns
        self.figure_places: dict[int, Place | None] = {}   # each figure's place, by its start

    def take_figure_dates(self) -> None:
        """A date in brackets right after a figure (增长19.4%(1-5月)) is that figure's own
        period: kept for it, and out of the dates that govern the figures after it."""
        ends = {q.end: q for q in self.quantities}
        body, kept = self.body, []
        for d in self.dates:
            q = ends.get(d.start - 1)
            if q is not None and body[d.start - 1] in "(（" and body[d.end:d.end + 1] in (")", "）"):
                self.figure_dates[q.start] = d.iso
            else:
                kept.append(d)
        if self.figure_dates:
            self.dates, self.date_starts = kept, [d.start for d in kept]

    def quantities_in(self, start: int, end: int) -> list[Quantity]:
        lo, hi = bisect_right(self.q_starts, start - 1), bisect_right(self.q_starts, end)
        return [q for q in self.quantities[lo:hi] if q.end <= end]

    def cue_before(self, pos: int) -> bool:
        """Whether a target cue stands in the sentence before ``pos``, not in a clause of
        its own dated plan (:meth:`dated_plan_clause`) that ``pos`` is outside."""
        cues = self._sentence_cues(self.index(pos))
        if not cues or cues[0][0] >= pos:
            return False
        return any(c < pos and not self.dated_plan_clause(c, pos) and not self._clause_bound(c, e, pos)
                   and not self._progress_cue(c, e) for c, e in cues)

    def _progress_cue(self, c: int, e: int) -> bool:
        """Whether the cue at ``[c, e)`` names the plan a progress share is measured against
        (完成全年计划目标的45.4%，增长13.7%): an outcome's progress, no plan of the figures after it."""
        after = self.quantities_in(e, min(len(self.body), e + _PROGRESS_CUE_GAP + 1))
        return bool(after) and _PROGRESS.search(self.body, max(0, c - _PROGRESS_CUE_GAP * 2), after[0].start) is not None

    def _clause_bound(self, c: int, e: int, pos: int) -> bool:
        """Whether the cue at ``[c, e)`` holds for its own clause only (…北峰院区即将投用，平稳解决12个…
        遗留问题: what is about to open is no plan of the clauses after it) and ``pos`` is past it."""
        bound = _words().clause_cues
        return (self.body[c:e] in bound or self.body[max(0, c - 1):e] in bound) and self.clause_end(c) <= pos

    def dated_plan_clause(self, at: int, pos: int) -> bool:
        """Whether ``at`` stands in a clause, before the one holding ``pos``, that opens with
        a time phrase of its own and a plan word, after the sentence's own opening time phrase
        (1-3月份，…，2016年计划完成投资46.3亿元，5亿元以上项目5个): a plan of its period alone."""
        start = self.sentence(at)[0]
        clause = self.phrase_start(start, at, clause=True)
        own = self.phrase_start(start, pos, clause=True)
        if clause == start or own == clause:
            return False
        if self.body.startswith(_PLAN_CHANGE, own) and not self.dates_in(clause + 1, own):
            return False   # …，2018年预计达到202亿元，较1978年增长177倍: the planned level's own change
        dated = [d for d in self.dates_in(clause, self.clause_end(clause)) if d.start - clause <= 1]
        if not dated or not self.dates_in(start, clause):
            return False
        m = _words().target.match(self.body, dated[0].end)
        return m is not None and bool(m.group("cue"))

    def opening_cue(self, k: int) -> bool:
        """Whether sentence ``k`` opens with a target cue, before its first figure."""
        cues = self._sentence_cues(k)
        figures = self.quantities_in(*self.sentences[k])
        return bool(cues) and bool(figures) and cues[0][0] < figures[0].start

    def _sentence_cues(self, k: int) -> list[tuple[int, int]]:
        if k not in self._cues:
            s, e = self.sentences[k]
            self._cues[k] = [m.span("cue") for m in _words().target.finditer(self.body, s, e)
                             if m.group("cue") and self._is_cue(m.group("cue"), s, m.start("cue"), e)]
        return self._cues[k]   # in text order: the first is the earliest

    def _is_cue(self, cue: str, s: int, start: int, e: int) -> bool:
        """Whether the cue word at ``start`` in the sentence ``[s, e)`` makes a plan: not
        inside a quoted name, after a basis opener (根据…规划), as 将 before a place it
        acts on, as 争取 of funds won (争取上级转移支付资金140亿元), nor as a plan's name closing
        a phrase (…发展规划，)."""
        end = start + len(cue)
        if _quoted(self.body, s, start, e) or self._after_basis_opener(s, start) or self._ba_construction(cue, end):
            return False
        if cue in _words().funds_won and _words().funds.match(self.body, end):
            return False
        if cue in _PLAN_DOCUMENTS and _words().drafting.search(self.body, self.phrase_start(s, start), start):
            return False   # 制定实施经济发展规划8.1万余项: the plans drawn up, counted
        return not (cue == _PLAN_NOUN and self.body[end:end + 1] in _CLAUSE_MARKS)

    def _ba_construction(self, cue: str, end: int) -> bool:
        """Whether the cue 将 takes a place as its object (将上海庙…列入限制开发区), or a thing
        a verb of disposal in its clause hands over (将…建议分解交由…, 将代表、委员提出的24件建议…转交…):
        it marks what is acted on (like 把),
        not the future."""
        if cue != _BA:
            return False
        if _words().disposal.search(self.body, end + 1, self.clause_end(end)):
            return True   # 将人大代表意见建议分解交由30个部门单位办理: handed over, no plan
        k = bisect_right(self.place_starts, end - 1)
        return k < len(self.places) and self.places[k].start == end and self.places[k].place is not None

    def _after_basis_opener(self, floor: int, pos: int) -> bool:
        """Whether a basis opener (根据, 按照) stands before ``pos`` in its phrase:
        根据十四五规划…, a plan followed, not one stated."""
        return _words().basis_opener.search(self.body, self.phrase_start(floor, pos), pos) is not None

    def phrase_start(self, floor: int, pos: int, clause: bool = False) -> int:
        """Where the phrase (or, with ``clause``, the clause) holding ``pos`` starts,
        not before ``floor``."""
        breaks = self.clause_breaks if clause else self.breaks
        k = bisect_right(breaks, pos - 1) - 1
        if k < 0:
            return floor
        after = breaks[k] + 1
        return after if after > floor else floor

    def clause_end(self, pos: int) -> int:
        """Where the clause holding ``pos`` ends."""
        k = bisect_right(self.clause_breaks, pos - 1)
        return self.clause_breaks[k] if k < len(self.clause_breaks) else len(self.body)

    def phrase_end(self, pos: int) -> int:
        k = bisect_right(self.breaks, pos - 1)
        return self.breaks[k] if k < len(self.breaks) else len(self.body)

    def index(self, pos: int) -> int:
        k = bisect_right(self.starts, pos) - 1
        return k if k > 0 else 0

    def sentence(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self.starts, pos) - 1   # index(pos), inlined: asked of nearly every rule
        return self.sentences[k if k > 0 else 0]

    def _list_items_start(self, k: int) -> int:
        """The first of the items ending in ； that sentence ``k`` (not one itself) closes,
        in its paragraph; ``k`` when the sentence before it is no such item."""
        end = self.sentences[k][1]
        return k if self.body[end - 1:end] in ("；", ";") else self.index(self.list_start(self.starts[k]))

    def continues_paragraph(self, k: int) -> bool:
        """Whether sentence ``k`` has a sentence before it in its paragraph."""
        return k > 0 and self.paragraph_of[k - 1] == self.paragraph_of[k]

    def paragraph_start(self, pos: int) -> int:
        """Where the paragraph holding ``pos`` starts: its first sentence's start."""
        k = first = self.index(pos)
        while first > 0 and self.paragraph_of[first - 1] == self.paragraph_of[k]:
            first -= 1
        return self.sentences[first][0]

    def list_start(self, pos: int) -> int:
        """Where the list holding ``pos`` starts: its sentence, or the first of the items
        before it in its paragraph that each end with ； (at most _BREAKDOWN_ITEMS back)."""
        first = self.index(pos)
        found = self._list_starts.get(first)
        if found is None:
            k = first
            for _ in range(_BREAKDOWN_ITEMS):
                before_end = self.sentences[k - 1][1] if k > 0 else 0
                if not self.continues_paragraph(k) \
                        or self.body[before_end - 1:before_end] not in ("；", ";"):
                    break
                k -= 1
            found = self._list_starts[first] = self.sentences[k][0]
        return found

    def list_end(self, pos: int) -> int:
        """Where the list holding ``pos`` ends: its sentence, or the last of the items after
        it in its paragraph while each before ends with ；."""
        k = self.index(pos)
        while k + 1 < len(self.sentences) and self.continues_paragraph(k + 1) \
                and _last_mark(self.body, self.sentences[k][1]) in ("；", ";"):
            k += 1
        return self.sentences[k][1]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Dates inside ``[start, end)``, nearest to ``end`` first; found once per span
        (a figure's questions ask for the same span again), so not to be changed."""
        found = self._dates_in.get((start, end))
        if found is None:
            lo, hi = bisect_right(self.date_starts, start - 1), bisect_right(self.date_starts, end)
            found = self._dates_in[start, end] = [d for d in reversed(self.dates[lo:hi]) if d.end <= end]
        return found

    def governs(self, d: DateMention) -> bool:
        """:func:`_governs` of one of the article's dates, worked out once."""
        found = self._governing.get(id(d))
        if found is None:
            found = self._governing[id(d)] = _governs(d, self)
        return found

    def places_in(self, start: int, end: int) -> list[places.Mention]:
        lo, hi = bisect_right(self.place_starts, start - 1), bisect_right(self.place_starts, end)
        return [m for m in reversed(self.places[lo:hi]) if m.end <= end]

    def span_ahead(self, start: int) -> Quantity | None:
        """The first figure from ``start`` (a sentence's) that is a span of years
        ahead (:func:`_looks_ahead`), found once per sentence."""
        if start not in self._spans_ahead:
            end = self.sentence(start)[1]   # one starting later ends after every figure here
            first, last = bisect_right(self.q_starts, start - 1), bisect_right(self.q_starts, end - 1)
            self._spans_ahead[start] = next(
                (q for q in self.quantities[first:last] if _looks_ahead(q, start, self.body)), None)
        return self._spans_ahead[start]

    def opening_mention(self, start: int) -> places.Mention | None:
        """The first place of the sentence from ``start`` that may be a subject and
        opens it (:func:`_opens`), found once per sentence: a figure's opening place
        is that one when it stands before the figure."""
        if start not in self._openings:
            end = self.sentence(start)[1]
            # 四川经济网遂宁讯 (…)2022年前三季度,遂宁高新区…: a source formula's places are the source's
            text = self.body[start:start + _FORMULA_REACH]
            opened = start + len(text) - len(text.lstrip()) if text[:1].isspace() else start
            told = opened + source_formula_length(self.body[opened:opened + _FORMULA_REACH])
            self._openings[start] = next((m for m in reversed(self.places_in(told, end))
                                          if self.is_subject_place(m) and _opens(m, start, self)), None)
        return self._openings[start]

    def is_subject_place(self, m: places.Mention) -> bool:
        """:func:`_is_subject_place` of one of the article's places, worked out once."""
        found = self._subject_places.get(id(m))
        if found is None:
            found = self._subject_places[id(m)] = _is_subject_place(m, self.body, self.home)
        return found

    def lead(self, kind: str, pos: int) -> object:
        """What the probe of ``kind`` (see ``_LEAD_PROBES``) finds at the start of the
        nearest earlier sentence of the paragraph (a list's lead: 1—10月份，…；其中…);
        cached per sentence."""
        k = self.index(pos)
        key = (kind, k)
        if key not in self._leads:
            found: object = None
            if self.continues_paragraph(k) or (kind == "as-of-count" and k > 0 and _TOPIC_ITEM.match(self.body, self.starts[k])):
                # (在经济建设方面，立案40件: a paragraph breaking down the count of the one before)
                first = self._list_items_start(k - 1) if kind == "place" else k - 1
                if first < k - 1:
                    # …金东区本级25个项目…；金义都市新区7个项目…。项目投资超过20亿元的有3个: the
                    # places of a list's items stay in it; what follows is the whole's again
                    found = self.lead(kind, self.starts[first]) if first > 0 else None
                else:
                    a, b = self.sentences[k - 1]
                    # 2026年又有哪些工作安排? a question in a story's lead asks, it frames nothing
                    found = None if self.body[a:b].rstrip().endswith(_QUESTION_MARKS) else _LEAD_PROBES[kind](a, b, self)
                    if found is None:
                        found = self.lead(kind, self.starts[k - 1])
            self._leads[key] = found
        return self._leads[key]


#: The marks that end a question.
_QUESTION_MARKS = ("？", "?")


#: A paragraph opening with the topic it takes from a count before (在经济建设方面，立案40件，占26.3%).
_TOPIC_ITEM = re.compile(r"[ \t\u3000]*在[\u4e00-\u9fff、]{2,10}方面[，,]")


def annotate(body: str, quantities: Sequence[Quantity], dates: Sequence[DateMention],
             home: Place | None, today: date | None,
             skip: Sequence[tuple[int, int]] = (),
             mentions: Sequence[places.Mention] | None = None,
             bounds: Sequence[tuple[int, int]] | None = None, title: str = "") -> None:
    """Set the observation fields of ``quantities`` (spans are offsets into ``body``).

    ``home`` is the article's own place, ``today`` its date, ``skip`` the spans of
    names (organisations) whose places say nothing about a figure's area;
    ``mentions`` the body's places and ``bounds`` its sentences
    (:func:`~extractors.text.sentence_bounds`), when already found; ``title`` the
    headline the body opens with."""
    if not quantities:
        return
    gaz = places.gazetteer()
    every = gaz.mentions(body) if mentions is None else mentions
    zone_page = home is not None and home.level == "zone" and not gaz.is_new_area(home)
    found = _outside(every, skip, zones=zone_page, body=body)
    if home is not None and zone_page:
        found = sorted([*found, *_zone_parks(body, skip, found, home)], key=lambda m: m.start)
    _disambiguate([m for m in found if m.place])
    towns = gaz.towns(body, home)
    # 望花区塔峪镇: the town, named from where its district's name starts
    starts, hosts = {m.start for m in towns}, {m.end: m for m in found}
    after = [m for m in gaz.towns_after(body, found) if m.start not in starts]
    joined = {id(hosts[m.start]) for m in after}
    towns += [dataclasses.replace(m, start=hosts[m.start].start, text=body[hosts[m.start].start:m.end])
              for m in after]
    found = [m for m in found if id(m) not in joined]
    extra = [*towns, *gaz.town_stems(body, towns), *gaz.town_repeats(body, towns)]
    taken = {m.start for m in [*found, *extra]}
    extra += [m for m in gaz.named_stems(body, [*found, *towns], catalogue().names_pattern) if m.start not in taken]
    found = sorted([*found, *extra], key=lambda m: m.start)
    # a figure holds on a day: a date's clock (1月5日上午9时 → …T09:00) stays on its record only
    # (a page's own 发布时间 2021-06-03 15:27, a full date with a bare clock, still governs nothing)
    # (截至2025年1月8日12时，共收到提案169件: counted up to a clock, the day governs)
    clocks = {id(d): (d, d.iso[10:]) for d in dates if d.iso and len(d.iso) > 10 and d.iso[10] == "T"
              and (any(w in d.text for w in _words().day_parts) or not _FULL_DATE.match(d.text)
                   or body.endswith(_words().as_of_starts, max(0, d.start - 3), d.start))}
    for d, _ in clocks.values():
        d.iso, d.kind = (d.iso or "")[:10], "day"
    try:
        _annotate(body, quantities, [*dates, *_plan_periods(body, today)], home, today, found, every, title,
                  bounds)
    finally:
        for d, clock in clocks.values():
            if d.iso and len(d.iso) == 10:
                d.iso, d.kind = d.iso + clock, "time"
    _same_months_as_figure(body, quantities, dates)


def _same_months_as_figure(body: str, quantities: Sequence[Quantity], dates: Sequence[DateMention]) -> None:
    """实现生产总值3975.30亿元，比上年同期增长7.0%: a year's 同期 read as the whole year, for want
    of a period written before it, is the same months of that year as the figure it is the base of
    (the first figure after it in its clause)."""
    for d in dates:
        if not d.text.endswith(_SAME_PERIOD) or not d.iso or len(d.iso) != 4:
            continue
        clause_end = _CLAUSE_END.search(body, d.end)
        end = clause_end.start() if clause_end else len(body)
        figure = min((q for q in quantities if d.end <= q.start < end), key=lambda q: q.start, default=None)
        months = _MONTH_SPAN.fullmatch(figure.period or "") if figure is not None else None
        if months and months.group(1) == months.group(3) and int(months.group(1)) > int(d.iso):
            d.iso, d.kind, d.granularity = f"{d.iso}-{months.group(2)}/{d.iso}-{months.group(4)}", "period", "period"


#: The end of a clause.
_CLAUSE_END = re.compile("[，,。；;！？!?\n]")
#: A span of months within one year (2022-01/2022-03): its years and months.
_MONTH_SPAN = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})")


#: A date written with its year (2021-06-03, 2014年10月31日, day first 26.10.2017): with a bare clock,
#: a page's own time.
_FULL_DATE = re.compile(r"\s*(?:(?:19|20)\d\d|" + DAY_FIRST_DIGITS + ")")


def _annotate(body: str, quantities: Sequence[Quantity], dates: Sequence[DateMention], home: Place | None,
              today: date | None, found: list[places.Mention], every: Sequence[places.Mention],
              title: str, bounds: Sequence[tuple[int, int]] | None) -> None:
    """:func:`annotate` once the places are found and dates hold days."""
    gaz = places.gazetteer()
    ctx = _Context(body, _paragraph_year(body, _reported_year(body, dates, today)), found, home, today, bounds)
    ctx.quantities = sorted(quantities, key=lambda q: q.start)
    ctx.q_starts = [q.start for q in ctx.quantities]
    kept = {id(m) for m in found}
    # 天津滨海高新区GDP增长6.7%: a zone read as a body (its 管委会) still names no subgroup
    ctx.zones_in_names = [m for m in every if id(m) not in kept and m.place is not None and m.place.level == "zone"]
    ctx.take_figure_dates()
    ctx.article_period = _titled_year(ctx, title, _article_period(ctx)) or _title_period(ctx, title)
    ctx.reviewed_year = _reviewed_year(ctx, title)
    issued = _issue_day(ctx)
    told = _story_day(ctx, title)
    as_of = None if issued or told else _as_of_title(ctx)
    ctx.story_day = issued or told or as_of or ctx.story_day
    if issued or as_of:
        ctx.learned_on_story_day = True   # a document dated under its title speaks as of that day
    _to_story_day([*dates, *ctx.dates], ctx)
    _to_reported_month([*dates, *ctx.dates], ctx)
    if ctx.reviewed_year and ctx.article_period and (not ctx.article_period.startswith(ctx.reviewed_year)
                                                     or ctx.article_period == ctx.reviewed_year + "-12"):
        # 到2018年 in a review of 2015 is a goal, not what it reports on; 2021年年末 in a bulletin
        # on 2021 is when its counts stand
        ctx.article_period = None
    # names inside organisations' names count too (海西蒙古族藏族自治州统计局)
    fullest = _fullest_names([*every, *(gaz.mentions(title) if title else [])], home)
    previous: Quantity | None = None
    place: Place | None = None
    for q in sorted(quantities, key=lambda q: q.start):
        same_sentence = previous is not None and ctx.index(previous.start) == ctx.index(q.start)
        before = previous if same_sentence else None
        among = ranked_among(ctx.body, q)
        if among:
            _ranked_places(q, among, ctx, fullest)   # 位居五市第一: no figure of the story's own
            continue
        spot = _area(q.start, ctx, place if same_sentence else None, before.end if before is not None else None)
        _set_area(q, spot, ctx, fullest)
        if not (_after_bracket(q.start, ctx) and same_sentence):
            place = spot   # 高于全国(5.5%)、全区(6.5%)2.0和1.0个百分点: a base's rate in brackets passes on no place
        q.indicator = _indicator(q, ctx, before)
        q.subject = _subject_of(q, before, ctx)
        q.measure = before.measure if before is not None and (
            _listed_like(before, q, ctx) or _REACHED_FROM.fullmatch(ctx.body, before.end, q.start)) \
            else _measure(q, ctx)
        if q.measure is Measure.SHARE and ctx.body.startswith(_words().share_after, q.end):
            q.indicator = None   # 其中72.4%来自…: a part of the whole's figure, no indicator of its own
        q.period = _period(q, ctx)
        q.target = _target(q, ctx)
        q.period = _plan_year(q, ctx, title)
        q.basis = _basis(q, before, ctx)
        previous = q
    _restated_in_body(ctx)
    _lead_restated_below(ctx)
    _pointed_back(ctx)
    _restated_later(ctx)


def _basis(q: Quantity, before: Quantity | None, ctx: _Context) -> str | None:
    """What a growth rate is measured against, when not the same stretch a year before: 环比 (the
    stretch just before), 两年平均 / 三年平均 (a yearly average over the years), 比2019年 (an earlier
    year's same stretch: 2021年…比2019年同期增长13.4%). Said once before a list, it holds for the
    list (两年平均分别增长23.6%、14.3%)."""
    if q.measure is not Measure.GROWTH:
        return None
    start = ctx.phrase_start(ctx.sentence(q.start)[0], q.start, clause=True)
    if before is not None and before.end > start:
        if _only_joiners(ctx.body[before.end:q.start]):
            return before.basis
        start = before.end
    found = next(reversed(list(_BASIS.finditer(ctx.body, start, q.start))), None)
    if found is None:
        return None
    if found.group("year"):
        year = int(found.group("year"))
        return f"比{year}年" if q.period and q.period[:4].isdigit() and year < int(q.period[:4]) - 1 else None
    if found.group("mom") and _YEAR_ON_YEAR in ctx.body[found.end():q.start]:
        return None   # 环比…，同比增长: the year-on-year rate after it
    return found.group()


#: The words of a growth rate's basis (see :func:`_basis`), and the year-on-year word.
_BASIS = re.compile(r"(?P<mom>环比)|[两三]年平均|比(?P<year>(?:19|20)\d\d)年")
_YEAR_ON_YEAR = "同比"


def _set_area(q: Quantity, place: Place | None, ctx: _Context, fullest: dict[tuple[str | None, str], str]) -> None:
    """Give ``q`` the place ``place``, written with the fullest name the article gives it."""
    ctx.figure_places[q.start] = place
    q.area, q.area_code = (fullest.get(_name_key(place), place.name), place.code) \
        if place else (None, None)


def _ranked_places(q: Quantity, among: str, ctx: _Context, fullest: dict[tuple[str | None, str], str]) -> None:
    """A count of the places a rank is among (五市 in 位居五市第一, in a story on 中卫市), ``among``
    the level of division that holds them: of that division (宁夏), as they stand on the article's
    day, no indicator nor plan."""
    named = _place_right_before(q.start, ctx)
    place = _place_of(named, ctx) if named is not None else None   # 全区22个县(市)区: the region's
    if place is None and ctx.home is not None:
        place = places.gazetteer().holding(ctx.home, among)
    _set_area(q, place or _area(q.start, ctx), ctx, fullest)
    kind = _RANKED_KIND.match(ctx.body, q.end) if q.unit == "个" else None
    q.subject = f"{kind.group() if kind else q.unit}数"
    q.indicator, q.measure, q.target = None, Measure.LEVEL, False
    q.period = ctx.today.isoformat() if ctx.today else None


#: The kind of place after 个 in a count of the places a rank is among (22个县(市)区).
_RANKED_KIND = re.compile(r"[\u4e00-\u9fff]+(?:[（(][\u4e00-\u9fff、]+[）)][\u4e00-\u9fff]?)?(?=第|首位|前列)")


#: Words between a level and the one it rose or fell to (由上年的9.6%提高到10.8%): the second is
#: measured as the first.
_REACHED_FROM = re.compile(r"(?:提高|上升|下降|降低|增加|增长|扩大|缩小|提升|回落|回升)(?:到|至)了?")


def _subject_of(q: Quantity, before: Quantity | None, ctx: _Context) -> str:
    """The figure's subject: its own words' (unless only a mark: 首次突破百亿元大关，达到100.6亿元),
    else that of the figure before it when only filler stands between (地区生产总值增长12.6%达92.9亿元;
    …19.7亿元，与上年同期相比增长7%), else its indicator's name (地区生产总值(7.5%): a figure in
    brackets has no words of its own)."""
    if (not q.subject or _COMPARISON_ONLY.fullmatch(q.subject) or q.subject in _words().milestone_marks) \
            and before is not None and before.subject \
            and _subject_follows(ctx, before, q):
        return before.subject
    return q.subject or q.indicator or ""


def _restated_later(ctx: _Context) -> None:
    """A figure with no time phrase in its sentence that states again an earlier dated
    observation (今年上半年，…工业投资增长59.8%。… / 工业投资增长59.8%，其中72.4%来自新开工项目)
    is that observation: it takes its period, and so do the figures after it in its sentence
    that had the same default."""
    seen: dict[tuple[object, ...], str | None] = {}
    stated: dict[tuple[object, ...], str | None] = {}   # every figure's, dated in its sentence or not
    for q in ctx.quantities:
        if q.indicator is None:
            continue
        key = (q.value, q.unit, q.indicator, q.measure, q.area, q.target)
        sentence = ctx.sentence(q.start)
        earlier = stated.setdefault(key, q.period)
        if ctx.dates_in(*sentence):
            if not _so_far_restated(q, earlier, sentence[0], ctx):
                seen.setdefault(key, q.period)
                continue
            seen[key] = earlier
        if key not in seen or seen[key] == q.period:
            continue
        default, q.period = q.period, seen[key]
        for r in ctx.quantities_in(q.end, sentence[1]):
            if r.period == default:
                r.period = q.period


def _so_far_restated(q: Quantity, earlier: str | None, start: int, ctx: _Context) -> bool:
    """Whether a figure whose only time phrase before it is this year's 以来 (今年以来，…固定资产投资
    同比增长12.4%) states again an earlier observation of a stretch of that year (上半年…增长12.4%):
    the stretch the year so far had reached when the figures were released."""
    if earlier is None or ctx.today is None or q.period != str(ctx.today.year) \
            or not earlier.startswith(f"{q.period}-") or "/" not in earlier:
        return False
    before = ctx.dates_in(start, q.start)
    return bool(before) and all(d.iso == q.period and d.text.endswith("以来") for d in before)


def _plan_year(q: Quantity, ctx: _Context, title: str) -> str | None:
    """A plan with no time phrase but the article's day, in an article titled on this year's
    plans (忠县今年要办…: 启动建设1万亩柑橘果园…), told in the first half of the year, aims at
    that year, not at the day it was told."""
    today = ctx.today
    if not q.target or today is None or q.period != today.isoformat() or today.month > _PLAN_MONTHS:
        return q.period
    named = any(w in title for w in _words().topic_years) or f"{today.year}年" in title \
        or (_words().congress_session.search(title) is not None
            and any(w in title for w in _OPENING))   # a congress opening: the year's aims
    return str(today.year) if named else q.period


#: A subject that only names a comparison's base (同期相比, 上年对比): the figure before's.
_COMPARISON_ONLY = re.compile(r"(?:与|和|同|较|比)?(?:上年同期|去年同期|上年|去年|同期|上月|上期)?(?:相比|对比|比较)")


def _subject_follows(ctx: _Context, before: Quantity, q: Quantity) -> bool:
    """Whether only filler, or a comparison with its base, stands between two figures."""
    between = ctx.body[before.end:q.start]
    stripped = _COMPARISON_ONLY.sub("", between)
    if stripped != between:
        return bool(_words().verb_filler.fullmatch(stripped))
    return _only_filler(ctx, before.end, q.start, verbs=True)


def _restated_in_body(ctx: _Context) -> None:
    """A headline's figure with no time phrase of its own that the body states again
    (总投资7.6亿元 …一批重点项目集中开工 / 当天集中开工…总投资7.6亿元) is that observation:
    it takes the body figure's period; and a headline's indicator figure of the body's period that
    the body states as a plan (地区生产总值增长5.6%以上,历城区描绘2025年发展蓝图 / 主要预期目标是：地区
    生产总值增长5.6%以上) is that plan."""
    headline_end = ctx.headline_end
    if headline_end is None:
        return
    body = [q for q in ctx.quantities if q.start > headline_end]
    for q in ctx.quantities:
        if q.start > headline_end:
            break
        same = next((b for b in body if b.value == q.value and b.unit == q.unit and b.area == q.area), None)
        if same is None:
            continue
        dates = ctx.dates_in(*ctx.sentence(q.start))
        if not any(not _printed_date(d, ctx) for d in dates):
            q.period = same.period
        if q.indicator and same.indicator and same.indicator != q.indicator and q.measure == same.measure \
                and same.indicator.endswith(q.indicator) and not same.indicator.startswith(_PER_HEAD):
            q.indicator = same.indicator   # 工业增加值增长7.9% over 规模以上工业增加值同比增长7.9%: said short
        if same.target and q.indicator and q.measure == same.measure and (
                q.period == same.period or any(d.iso == same.period for d in dates)):
            q.period, q.target = same.period, True
        _named_by_headline(q, same, ctx)


def _named_by_headline(q: Quantity, same: Quantity, ctx: _Context) -> None:
    """前4月完成固定资产投资10.95亿 / …完成投资10.95亿元，同比增长7.95%: a body figure the headline states
    with an indicator whose name ends with the body's bare subject takes that indicator, and so do
    the figures after it in its sentence said of the same subject."""
    if not q.indicator or same.indicator or not same.subject or len(same.subject) < _BARE_SUBJECT_MIN \
            or not q.indicator.endswith(same.subject) or q.measure != same.measure:
        return
    end = ctx.sentence(same.start)[1]
    for x in ctx.quantities_in(same.start, end):
        if x.indicator is None and x.subject == same.subject and x.unit_kind in catalogue().indicators[q.indicator].kinds:
            x.indicator = q.indicator


#: The shortest bare subject a headline's indicator name may end with (投资 of 固定资产投资).
_BARE_SUBJECT_MIN = 2


def _lead_restated_below(ctx: _Context) -> None:
    """A figure of the first paragraph dated only by the story's day that a later paragraph
    states again over a stretch (…7月26日电 地区生产总值1267.24亿元，同比增长7.5% / …上半年全市实现地区
    生产总值1267.24亿元，同比增长7.5%) is that observation: it takes the stretch, and so do the figures
    of its paragraph dated by the same day."""
    if not ctx.quantities:
        return
    first = ctx.paragraph_of[ctx.index(ctx.quantities[0].start)]
    lead = [q for q in ctx.quantities if ctx.paragraph_of[ctx.index(q.start)] == first]
    later = [q for q in ctx.quantities[len(lead):] if q.indicator and q.period and period_days(q.period) > 1]
    for q in lead:
        if q.indicator is None or not q.period or len(q.period) != len("2023-07-26"):
            continue
        same = next((b for b in later if (b.value, b.unit, b.indicator, b.measure, b.area)
                     == (q.value, q.unit, q.indicator, q.measure, q.area)), None)
        if same is None:
            continue
        default = q.period   # …；工业增加值508.51亿元…: the paragraph's other figures of that day too
        for r in lead:
            if r.period == default:
                r.period = same.period


def _pointed_back(ctx: _Context) -> None:
    """A figure a demonstrative points back to (“这个8.7%来之不易”, after 龙江县GDP同比增长8.7%)
    is the earlier figure of the same value and unit: it takes that observation's fields."""
    for k, q in enumerate(ctx.quantities):
        if not ctx.body.endswith(_DEMONSTRATIVES, 0, q.start):
            continue
        earlier = next((e for e in reversed(ctx.quantities[:k]) if e.value == q.value and e.unit == q.unit), None)
        if earlier is not None:
            q.area, q.area_code, q.period = earlier.area, earlier.area_code, earlier.period
            q.indicator, q.measure, q.target = earlier.indicator, earlier.measure, earlier.target


#: Words pointing back to a figure told before (这个8.7%, 这一数字).
_DEMONSTRATIVES = ("这个", "这一", "此")


def _printed_date(d: DateMention, ctx: _Context) -> bool:
    """Whether ``d`` is the page's own date printed beside its headline (2025-05-30 on the
    line below it): no time phrase of the headline's."""
    return ctx.today is not None and d.iso == ctx.today.isoformat() and bool(_PRINTED_DATE.fullmatch(d.text))


#: A full date as a page prints it (2025-05-30, 2025年5月30日).
_PRINTED_DATE = re.compile(r"(?:19|20)\d\d(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)")


def _fullest_names(mentions: Sequence[places.Mention], home: Place | None) -> dict[tuple[str | None, str], str]:
    """A place by the longest name the article gives it (海西蒙古族藏族自治州 for a figure
    beside 海西州; 黔西南州 where the article never writes 黔西南布依族苗族自治州), by code
    and level (a zone shares its host's code); the gazetteer's name for a place the
    article names only by a stem (温江), and the home's for one it never names."""
    out: dict[tuple[str | None, str], str] = {}
    stems: dict[tuple[str | None, str], str] = {}
    for m in mentions:
        place = m.place
        if place is None or not place.code or m.self_ref:
            continue
        key = _name_key(place)
        written = m.text.endswith(_NAME_ENDS) and place.name.startswith(m.text[:2]) \
            and m.text != places.gazetteer().stem(place.name)   # 温州 is 温州市's short name
        found = out if written else stems
        name = m.text if written else place.name
        if len(name) > len(found.get(key, "")):
            found[key] = name
    if home is not None and home.code:
        stems.setdefault(_name_key(home), home.name)
    return {**stems, **out}


def _name_key(place: Place) -> tuple[str | None, str]:
    """The key of a place's fullest name: its code and level (南昌经开区 is 南昌经济技术开发区), and a new
    area's own name too, since several may share their host's code (重庆's 渝西地区 and 渝东新城)."""
    own = place.level == "zone" and places.gazetteer().is_new_area(place)
    return place.code, f"zone:{place.name}" if own else place.level


#: The endings of a division's or zone's name as an article writes it (黔西南州, 兴安县).
_NAME_ENDS = ("省", "市", "区", "县", "州", "盟", "旗")


def _plan_periods(body: str, today: date | None) -> list[DateMention]:
    """“十三五”以来, 十四五期间, 十三五末: a five-year plan's years as a time phrase that
    leads figures (2016-01-01 to the article's date; 2021/2025; 2020). Used for periods
    only, never reported as dates."""
    words = _words()
    out = []
    for m in words.plan.finditer(body):
        first, last = words.plan_years[m.group(1)]
        how = words.plan_suffixes[m.group(2)]
        if how == "since":
            if today is None or today.year < first:
                continue
            iso = f"{first}-01-01/{today.isoformat()}"
        else:
            iso = f"{first}/{last}" if how == "whole" else str(last)
        out.append(DateMention(m.group(0), m.start(), m.end(), iso=iso, kind="period"))
    return out


def _quoted(body: str, start: int, pos: int, end: int) -> bool:
    """Whether ``pos`` stands inside “…” or 《…》 within the sentence ``[start, end)``: a
    name (“科技城人才计划”, 《天水市县乡道公路网规划(2015—2030)》), whose words are no cue;
    a quotation holding clauses is speech, and its cues count."""
    for left, right in (("“", "”"), ("《", "》")):
        opening = body.rfind(left, start, pos)
        if opening < 0 or body.rfind(right, opening, pos) >= 0:
            continue
        closing = body.find(right, pos, end)
        if closing >= 0 and not (left == "“" and _SPEECH.search(body, opening, closing)):
            return True
    return False


#: Plan words that may name a document drawn up (制定…规划, 编制…计划).
_PLAN_DOCUMENTS = ("规划", "计划")
#: The cue that, closing a phrase, is a document (…三区发展规划，将…), no plan of a figure.
_PLAN_NOUN = "规划"
_CLAUSE_MARKS = frozenset("，,；;")

#: The cue that, before a place, marks what is acted on (将上海庙…列入…) rather than the future.
_BA = "将"

#: What makes a quotation speech, not a name: a clause in it (“2018年…主要预期目标是：生产总值增长8.5%以上，…”).
_SPEECH = re.compile("[，,：:；;]")


def _reported_year(body: str, dates: Sequence[DateMention], today: date | None
                   ) -> Sequence[DateMention]:
    """In a bulletin on a year that has ended (2023年…统计公报, published in 2024),
    全年 and 今年 are that year, not the year of publication."""
    head = body.lstrip()[:80].split("\n", 1)[0]
    m = _words().bulletin_title.search(head)
    if not m or today is None or int(m.group(1)) >= today.year:
        return dates
    year = m.group(1)
    return [dataclasses.replace(d, iso=year) if d.text in _words().this_year else d for d in dates]


def _paragraph_year(body: str, dates: Sequence[DateMention]) -> Sequence[DateMention]:
    """2001年，有28115户…全年完成工业企业增加值2.3亿元: a paragraph that opens a sentence with
    a year speaks of that year; its 全年 is that year's, not the year of publication."""
    out = list(dates)
    year: str | None = None
    year_at = 0
    for k, d in enumerate(out):
        line_start = body.rfind("\n", 0, d.start) + 1
        if year is not None and body.find("\n", year_at, d.start) >= 0:
            year = None   # another paragraph
        if _OPENING_YEAR.fullmatch(d.text) and (d.start == line_start or body[d.start - 1] in "。；"
                                                or not body[line_start:d.start].strip()) \
                and body[d.end:d.end + 1] in ("，", ","):
            year, year_at = d.iso, d.start
        elif year is not None and d.text in _WHOLE_YEAR and d.iso != year:
            out[k] = dataclasses.replace(d, iso=year)
    return out


_OPENING_YEAR = re.compile(r"(?:19|20)\d\d年")
_WHOLE_YEAR = ("全年", "全年度")


def _annual(subject: str) -> bool:
    """年度改革举措: a figure of the current year, not of the day."""
    return subject.startswith(_words().annual)


def _outside(mentions: Sequence[places.Mention], spans: Sequence[tuple[int, int]], zones: bool = False,
             body: str = "") -> list[places.Mention]:
    """The mentions that lie inside none of ``spans`` (names' places); a name that is a
    place's whole name (北京城市副中心, read as a body for its 中心) is the place, and so, with
    ``zones`` (on a zone's own page), is a zone's (东川工业园区, one of its parks), and on any
    page one right before an indicator's name in ``body`` (仅防城港经济技术开发区规模以上工业总产值)."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    out = []
    for m in mentions:
        k = bisect_right(starts, m.start) - 1
        # spans found by one scan do not nest, so the last one starting before is the one
        if not (k >= 0 and m.end <= spans[k][1]) or (
                m.place is not None and spans[k] == (m.start, m.end)
                and ((m.place.level == "zone" and (zones or catalogue().names_pattern.match(body, m.end)))
                     or places.gazetteer().is_new_area(m.place))):
            out.append(m)
    return out


# --- area -------------------------------------------------------------------

_SENTENCE_PADDING = " \n\u3000，,；;：:"
_ITEM_MARK = re.compile("[；：;:]")
#: A circled number opening a list item inside a sentence (①柴桑区…；②濂溪区…).
_NUMBERED_ITEM = re.compile("[\u2460-\u2473\u2776-\u277f]")
#: How far into a sentence a part of the area (主城区…) may open it, padding included.
_AREA_PART_REACH = 16

def _area(pos: int, ctx: _Context, before: Place | None = None, before_end: int | None = None) -> Place | None:
    """The nearest place in the figure's clause (not a comparison base, not a
    name's first word), else the place opening its sentence, else that of the figure
    before it in the sentence (``before``: 新平县累计实施项目39个，建设面积28.97万亩), else the
    place opening an earlier sentence of its paragraph, else the article's own. A figure that
    follows the one before (ending at ``before_end``) with only filler between (…，西城区…
    1089.4亿元，同比增长9.7%) is of that one's place, before the sentence's opening one (1-12月，北京市…)."""
    start, _ = ctx.sentence(pos)
    if _after_bracket(pos, ctx):   # 高出全国(5.9%): the rate of the place before it
        named = _place_right_before(pos - 1, ctx) or _base_right_before(pos - 1, ctx)
        if named is not None and (named.place is not None or named.self_ref):
            return _place_of(named, ctx)
    group = _group_place(pos, ctx)
    if group is not None:
        return group
    found = _respectively(start, pos, ctx) or _place_between(ctx.phrase_start(start, pos, clause=True), pos, ctx)
    if found is None and before is not None and before_end is not None and _only_filler(ctx, before_end, pos):
        return before
    if found is None:
        found = _item_place(start, pos, ctx) or _located_place(start, ctx) or _sentence_place(start, pos, ctx) \
            or before
    if found is None:
        found = _visited_site(start, ctx) or _referred_project(start, ctx) or _broken_down_place(start, ctx)
    if found is None:
        lead = ctx.lead("place", pos)
        found = lead if isinstance(lead, Place) else None
    return found or ctx.home


def _group_place(pos: int, ctx: _Context) -> Place | None:
    """被明确为贵州省29个特色工业园区之一: a count of a group something is one of is of the
    place named right before it."""
    if not ctx.body.endswith(_ONE_OF, 0, ctx.phrase_end(pos)) or not ctx.body.endswith(_PLACE_ENDS, 0, pos):
        return None
    named = _place_right_before(pos, ctx)
    return named.place if named is not None and named.place is not None and named.end == pos else None


#: What closes a group something is one of (…29个特色工业园区之一).
_ONE_OF = "之一"
#: The last characters of a place's name, a division's (_NAME_ENDS) or the country's (全国).
_PLACE_ENDS = (*_NAME_ENDS, "国")


def _opener(pattern: re.Pattern[str], start: int, ctx: _Context) -> re.Match[str] | None:
    """``pattern`` matched where the sentence from ``start`` opens, past its padding."""
    head = ctx.body[start:start + _PADDING_REACH]
    return pattern.match(ctx.body, start + len(head) - len(head.lstrip(_SENTENCE_PADDING)))


#: How far into a sentence its padding (blanks, a stray comma) may reach.
_PADDING_REACH = 4


def _opens_with_breakdown(start: int, ctx: _Context) -> bool:
    """Whether the sentence from ``start`` opens with 其中 (after padding), breaking down the
    one before it in its paragraph."""
    return ctx.body[start:start + _PADDING_REACH].lstrip(_SENTENCE_PADDING).startswith(_words().breakdown) \
        and ctx.continues_paragraph(ctx.index(start))


def _broken_down_place(start: int, ctx: _Context) -> Place | None:
    """…西城区累计实现社会消费品零售总额1089.4亿元，…占北京市的比重为7.3%。其中，限额以上商业企业…:
    a sentence opening with 其中 breaks down the figure before it, of that figure's place."""
    if not _opens_with_breakdown(start, ctx):
        return None
    k = ctx.index(start)
    figures = ctx.quantities_in(ctx.sentences[k - 1][0], start)
    if not figures:
        return None
    # the whole broken down: the last figure that is not a share of another place (占北京市的比重)
    whole = next((q for q in figures[::-1] if q.unit_kind != "percent" or q.measure != Measure.SHARE), figures[-1])
    return ctx.figure_places.get(whole.start)


def _place_right_before(end: int, ctx: _Context) -> places.Mention | None:
    """The place (or self reference) whose name ends at ``end`` in its sentence (全国 in
    高出全国(5.9%)): a base whose own figure follows it."""
    named = ctx.places_in(ctx.sentence(end)[0], end)
    return named[0] if named and named[0].end == end else None


def _base_right_before(end: int, ctx: _Context) -> places.Mention | None:
    """The comparison base whose figure's name ends at ``end`` (全省 in 高于全省平均增速(16.8%)):
    the bracketed figure is that place's."""
    named = ctx.places_in(ctx.phrase_start(ctx.sentence(end)[0], end, clause=True), end)
    if not named or not named[0].comparison:
        return None
    between = ctx.body[named[0].end:end]
    return named[0] if len(between) <= _BASE_NAME_CHARS and _HAN_RUN.fullmatch(between) else None


#: How long the name of a base's figure may be (平均增速, 平均水平, 同期水平).
_BASE_NAME_CHARS = 6
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


def _item_place(start: int, pos: int, ctx: _Context) -> Place | None:
    """The place opening the list item that holds ``pos`` (其中：鸡街5栋，108户，7744平方米；…),
    an item being what follows the last colon or semicolon of the sentence."""
    for marks in (ctx.item_marks, ctx.numbered_items):   # ①柴桑区…项目:…，建设面积约15万平方米
        k = bisect_right(marks, pos - 1) - 1
        item = marks[k] + 1 if k >= 0 else -1
        if item <= start:
            continue
        m = next((m for m in reversed(ctx.places_in(item, pos)) if ctx.is_subject_place(m)), None)
        place = _place_of(m, ctx) if m is not None and _opens(m, item, ctx) and not _listed(m, ctx) else None
        if place is not None:
            return place
    return None


def _visited_site(start: int, ctx: _Context) -> Place | None:
    """The town of the site a sentence opens with, as a list of sites visited named it
    (观摩组先后到杨集镇鸿旺牧业、鑫全筑路材料有限公司、拐河镇东麦村… / 鑫全筑路材料有限公司项目
    总投资1.2亿元): a site listed after a town's site, with no town of its own, is that town's."""
    if ctx.sites is None:
        ctx.sites = _listed_sites(ctx)
    opening = ctx.body[start:start + _SITE_REACH].lstrip(_SENTENCE_PADDING)
    return next((town for name, town in ctx.sites.items() if opening.startswith(name)), None)


def _referred_project(start: int, ctx: _Context) -> Place | None:
    """The town whose name opens the project the sentence before named (来到海流图镇公共交通
    设施工程项目现场。该项目总投资2206万元): a sentence opening with 该项目 is that project's."""
    opening = ctx.body[start:start + _SITE_REACH].lstrip(_SENTENCE_PADDING)
    k = ctx.index(start)
    if not opening.startswith(_words().project_refs) or k == 0 \
            or ctx.paragraph_of[k] - ctx.paragraph_of[k - 1] > 1:   # (a caption line between)
        return None
    s, e = ctx.sentences[k - 1]
    towns = [m for m in ctx.places_in(s, e) if m.place is not None and m.place.level in _SITE_HOSTS
             and _PROJECT_NAME.match(ctx.body, m.end, e)]
    return towns[0].place if len(towns) == 1 else None


#: The rest of a project's or a site's name after the place that opens it (…公共交通设施工程项目,
#: 八步区东融(供港)蔬菜基地).
_PROJECT_NAME = re.compile(r"[\u4e00-\u9fff“”()（）]{1,20}?(?:项目|工程|基地)")
#: The levels of place a referred project or site is named after (a town; a district: 八步区…基地).
_SITE_HOSTS = ("town", "county")


def _listed_sites(ctx: _Context) -> dict[str, Place]:
    """Sites named in 、-lists after a town (杨集镇鸿旺牧业、鑫全筑路材料有限公司), each with the
    last town named before it in its list."""
    sites: dict[str, Place] = {}
    towns = [m for m in ctx.places if m.place is not None and m.place.level == "town"]
    if not towns:
        return sites
    for run in _SITE_LIST.finditer(ctx.body):
        town: Place | None = None
        at = run.start()
        for item in run.group().split("、"):
            inside = [m for m in towns if at <= m.start < at + len(item)]
            name = item[inside[-1].end - at:] if inside else item
            town = inside[-1].place if inside else town
            if town is not None and len(name) >= 4 and name.endswith(_words().site_heads):
                sites.setdefault(name, town)
            at += len(item) + 1
    return sites


#: A run of sites joined by 、 (no other punctuation inside).
_SITE_LIST = re.compile(r"[\u4e00-\u9fff]{2,30}(?:、[\u4e00-\u9fff]{2,30}){2,}")
#: How far into a sentence a site's name may run.
_SITE_REACH = 30


def _located_place(start: int, ctx: _Context) -> Place | None:
    """The town or village a sentence says its body lies in (建设地点位于塔峪镇前二道村,
    该公司位于清河镇产业孵化园内): a figure about the body takes the smallest area named
    for it, wherever in the sentence that is said."""
    end = ctx.sentence(start)[1]
    for m in reversed(ctx.places_in(start, end)):
        if m.place is not None and m.place.level in ("town", "village") \
                and ctx.body[max(start, m.start - 3):m.start].endswith(_words().located):
            return _place_of(m, ctx)
    return _scene_place(start, end, ctx)


def _scene_place(start: int, end: int, ctx: _Context) -> Place | None:
    """在平桂区黄金珠宝产业园，…完成一批产值1350万元的订单: a sentence opened by the site it is set
    in, named after the district, town or village it lies in, is about that place."""
    at = start + len(ctx.body[start:end]) - len(ctx.body[start:end].lstrip(_SENTENCE_PADDING))
    if not ctx.body.startswith(_SCENE_OPENER, at):
        return None
    clause = ctx.body[at:ctx.clause_end(at)]
    # read afresh: a place opening a site's name (平桂区黄金珠宝产业园) is no subject place of the text's
    named = [(m.place, m.end) for m in places.gazetteer().mentions(clause) if m.place is not None]
    if not named or named[-1][0].level not in (*_SITE_HOSTS, "village") \
            or not _SITE_NAMED.match(clause, named[-1][1]):
        return None
    return named[-1][0]


#: What opens a sentence set in a site (在…产业园，), and a site's name after its place.
_SCENE_OPENER = "在"
_SITE_NAMED = re.compile(r"[\u4e00-\u9fff“”()（）]{1,20}?(?:产业园|工业园|园区|基地|厂区|车间|工地|项目现场|现场)")


def _sentence_place(start: int, end: int, ctx: _Context) -> Place | None:
    """The place opening the sentence ``[start, end)``; the article's own for one
    opened by a part of it that is no division (…；大屯47栋…；主城区159栋…), so an
    earlier sentence's place stops there."""
    found = _opening_place(start, end, ctx)
    opening = ctx.body[start:min(end, start + _AREA_PART_REACH)].lstrip(_SENTENCE_PADDING)
    if found is None and opening.startswith(_words().area_parts) and not _RESIDENTS.match(opening):
        return ctx.home
    return found


#: A part's residents opening a sentence (城镇居民人均可支配收入…): a group of people, no part of the place.
_RESIDENTS = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:居民|常住居民|人口)")


def _lead_place(start: int, end: int, ctx: _Context) -> Place | None:
    """The place an earlier sentence ``[start, end)`` hands on to the ones after it: the one it
    opens with, but the article's own when its last figure is of it (1-12月，北京市…14867.7亿元，…，
    西城区…1089.4亿元，…。从各行业…看，零售业…: 西城区's, in a page of 西城区)."""
    found = _sentence_place(start, end, ctx)
    figures = ctx.quantities_in(start, end)
    if found is not None and figures and ctx.home is not None and found != ctx.home \
            and ctx.figure_places.get(figures[-1].start) == ctx.home:
        return ctx.home
    return found


def _respectively(start: int, pos: int, ctx: _Context) -> Place | None:
    """格尔木市和德令哈市…分别增长9.1%和9.2%: places joined by 和/、/及/与 before 分别
    pair off in order with the figures after it (again for each further group of
    as many figures), when the figures come in whole groups."""
    cue = ctx.body.rfind(_words().respectively, start, pos)
    if cue < 0:
        return None
    run: list[places.Mention] = []
    for m in reversed(ctx.places_in(start, cue)):       # left to right
        if m.place is None or not ctx.is_subject_place(m):
            continue
        if run and ctx.body[run[-1].end:m.start] not in _words().place_joins:
            run = []
        run.append(m)
    sentence_end = ctx.sentences[ctx.index(pos)][1]
    figures = [q.start for q in ctx.quantities_in(cue, sentence_end)]
    unnamed = _unnamed_items(ctx.body[start:run[0].start]) if run else 0
    items = len(run) + unnamed
    if len(run) < 2 or pos not in figures or len(figures) % items:
        return None
    at = figures.index(pos) % items - unnamed
    return _place_of(run[at], ctx) if at >= 0 else None


def _unnamed_items(before: str) -> int:
    """How many items listed right before a run of known places name parts no gazetteer
    holds (中心城区、渝西地区和渝东新城…分别为5.2%、4.6%和5.8%: one), so the figures after 分别
    still pair with the places they are of."""
    if not before or before[-1] not in _ITEM_JOINS:
        return 0
    count = 0
    for item in reversed(_ITEM_SPLIT.split(before[:-1])):
        for word in _words().breakdown:
            item = item.removeprefix(word)
        if not _UNNAMED_ITEM.fullmatch(item):
            break
        count += 1
    return count


#: How list items are joined, and a part of a place the gazetteer does not name (中心城区).
_ITEM_JOINS = "、和及与"
_ITEM_SPLIT = re.compile(f"[{_ITEM_JOINS}，,；;：:]")
_UNNAMED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}(?:城区|新城|片区|园区)")


def _place_between(start: int, end: int, ctx: _Context) -> Place | None:
    for m in ctx.places_in(start, end):
        if not ctx.is_subject_place(m):
            continue
        if _closed_by_etc(m, end, ctx):
            return None
        if not _listed(m, ctx):
            return _place_of(m, ctx)
        return _place_of(_first_listed(m, ctx), ctx) if _each_of_them(end, ctx) else None
    return None


def _closed_by_etc(m: places.Mention, end: int, ctx: _Context) -> bool:
    """Whether the list ``m`` stands in is closed by 等 and what the places are before the
    figure at ``end`` (…忠县、彭水等区县的增速均在6%及以上): a band the places share, no one place's."""
    tally = _words().listed_tally.search(ctx.body, m.end, end)
    return tally is not None and not _ANY_CLAUSE_BREAK.search(ctx.body, m.end, tally.start())


_ANY_CLAUSE_BREAK = re.compile("[，；：,;:]")


def _first_listed(m: places.Mention, ctx: _Context) -> places.Mention:
    """The first of the places listed up to ``m`` (获嘉县、原阳县: 获嘉县)."""
    joins = _words().place_joins
    while True:
        before = [o for o in ctx.places_in(max(0, m.start - _LISTED_REACH), m.start)
                  if o.place is not None and ctx.body[o.end:m.start] in joins]
        if not before:
            return m
        m = before[-1]


#: How far before a listed place the one listed before it may start.
_LISTED_REACH = 12


def _each_of_them(end: int, ctx: _Context) -> bool:
    """获嘉县、原阳县增速均为18%，…; 卫滨区与凤泉区增速为15%，并列第7位: a figure that each of the places
    listed before it holds (均, 都; 并列 after it) is the first one's as much as any's."""
    clause_start = ctx.phrase_start(ctx.sentence(end)[0], end, clause=True)
    text = _without_places(ctx, clause_start, end)   # (成都: no 都 of each)
    if _GROUP_COUNT.search(text):
        return False   # 湘西经开区、泸溪县…4个县区…均超过20%: the group's count, a figure of the group
    return any(w in text for w in _EACH_BEFORE) or _TIED_AFTER in ctx.body[end:ctx.clause_end(end) + _TIED_REACH]


#: A count of the places just listed (4个县区): what follows is about the group.
_GROUP_COUNT = re.compile(r"[0-9一二三四五六七八九十两]+个")
#: Words before a figure that each of several places holds it (均为18%), and after it that they tie.
_EACH_BEFORE = ("均", "都")
_TIED_AFTER = "并列"
#: How far past the figure's clause 并列 may stand (…为15%，并列第7位: the mark and the word).
_TIED_REACH = 4


def _listed(m: places.Mention, ctx: _Context) -> bool:
    """Whether ``m`` is one of a list of places (宝山镇、北房镇、怀北镇5个项目镇): a figure
    there is about the group, not about any one of them."""
    if _UNKNOWN_LIST_AFTER.match(ctx.body, m.end) or (ctx.body[m.start - 1:m.start] == "、"
                                                      and _LIST_CLOSE.match(ctx.body, m.end)):
        return True   # 蔡岭、汪墩、三汊港等中心集镇: the others no gazetteer holds
    joins = _words().place_joins
    for other in ctx.places_in(max(0, m.start - 12), m.end + 12):
        if other is m or other.place is None:
            continue
        between = ctx.body[other.end:m.start] if other.end <= m.start else ctx.body[m.end:other.start]
        if between in joins:
            return True
    return False


#: A list a place opens, of names closed by 等 (、汪墩、三汊港等), and the close of one it is in.
_UNKNOWN_LIST_AFTER = re.compile(r"、[^，。；,;、\n\d]{1,6}(?:、[^，。；,;、\n\d]{1,6})*等")
_LIST_CLOSE = re.compile(r"(?:、[^，。；,;、\n\d]{1,6})*等")


def _is_subject_place(m: places.Mention, body: str, home: Place | None = None) -> bool:
    """Not a comparison base, a name's first word or a venue (在上海举行的…); but
    the first word of a body's name inside the article's area is the body's area
    (海口美兰机场进港14044人 in a 海南省 article)."""
    if m.comparison:
        return False
    if m.self_ref in ("country", "province") and _words().honour.match(body, m.end):
        return False   # 全国文明城市等6个荣誉: an honour's name, no subject
    if m.self_ref == "country" and _in_a_name(body, m.end):
        return False   # 全国柑橘交易中心线上交易额: the first word of a body's name
    if _in_a_note(body, m.start, m.end):
        return False   # 沈阳市县域地区(包含康平县、法库县新民市)实现…: what the place before takes in
    if m.place and _NAMED_ITEM.match(body, m.end):
        return False   # …、大庆日丰苏打水等5个项目: the first word of a listed project's name
    if m.place and _in_a_name(body, m.end) and not _within(m.place, home):
        return False
    if m.place and body.endswith(_words().origins, 0, m.start):
        return False   # 引进北京新设机构55家: where what is brought in comes from
    return not body.startswith(_words().venue_after, m.end)


def _zone_parks(body: str, names: Sequence[tuple[int, int]], found: Sequence[places.Mention],
                home: Place) -> list[places.Mention]:
    """On a zone's own page, its parks named as bodies (生物产业园区, 南川工业园): places of
    the zone's, each a figure's place where it opens the figure's clause; not a project's
    name (数谷产业园项目) nor a whole (全市工业园区)."""
    taken = {(m.start, m.end) for m in found}
    out = []
    for start, end in names:
        name = body[start:end]
        if (start, end) not in taken and name.endswith(_words().parks) and _PARK_NAME[0] <= len(name) <= _PARK_NAME[1] \
                and name[0] not in _NOT_A_PARK_START and not body.startswith("项目", end):
            out.append(places.Mention(start, end, name, Place(name, "zone", None, home.province, home.city)))
    return out


#: How many characters a park's name has (南川工业园, 生物产业园区; not a company's
#: 利拉特易金属新材料加工产业园).
_PARK_NAME = (5, 8)
#: What opens no park's name (全市工业园区, 各产业园区).
_NOT_A_PARK_START = "全本各该我其每"


#: A place's name run into a listed item's name that closes the list (大庆|日丰苏打水等5个项目, 香泉村|数字化积分管理模式等5种经验).
_NAMED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,20}等[0-9一二三四五六七八九十两]+[个家项所种类条]")


def _in_a_note(body: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` stands in a bracketed note that names what the word before it
    takes in (…县域地区(包含康平县、法库县新民市)): an opening 包含, 包括 or 含 right after the
    bracket, and the bracket closed within the sentence."""
    opened = max(body.rfind("(", max(0, start - _NOTE_REACH), start), body.rfind("（", max(0, start - _NOTE_REACH), start))
    if opened < 0 or not body.startswith(_NOTE_OPENERS, opened + 1):
        return False
    rest = body[end:end + _NOTE_REACH]
    closed = min((i for i in (rest.find(")"), rest.find("）")) if i >= 0), default=-1)
    return closed >= 0 and not any(c in rest[:closed] for c in "。；(（")


#: How far (characters) a bracketed note may run before or after a place inside it, and the
#: words that open one.
_NOTE_REACH = 30
_NOTE_OPENERS = ("包含", "包括", "含")


def _opening_place(start: int, end: int, ctx: _Context) -> Place | None:
    """A place that opens the sentence ``[start, end)`` (温江区：…, 2023年，全区…,
    其中，黄岛街道…); ``start`` is a sentence's start."""
    m = ctx.opening_mention(start)
    return _place_of(m, ctx) if m is not None and m.end <= end and not _listed(m, ctx) else None


def _opens(m: places.Mention, start: int, ctx: _Context) -> bool:
    """Whether only time phrases, a dateline or a source formula stand between the
    sentence start ``start`` and the place ``m``."""
    before = ctx.body[start:m.start]
    for d in ctx.dates_in(start, m.start):
        before = before.replace(ctx.body[d.start:d.end], "")
    if before:   # most places open their sentence: nothing before them to read
        before = before[source_formula_length(before):]   # 四川经济网遂宁讯 (记者 …)
    return bool(_words().opening.fullmatch(_words().preamble.sub("", before)))


def _ranked_in_city(ctx: _Context) -> bool:
    """Whether the article's home, a county-level city, is ranked within 全市 (长垣市…均居全市第1位,
    长垣经济继续领跑全市): its 全市 is then the city that holds it, not itself; found once."""
    home = ctx.home
    if ctx._ranked_in_city is None:
        short = home.name[:-1] if home is not None and home.level == "county" and home.name.endswith("市") else ""
        ctx._ranked_in_city = len(short) >= 2 and re.search(
            re.escape(short) + r"市?[^。；\n]{0,30}?(?:居|位居|位列|领跑|领先|排名)全市", ctx.body) is not None
    return ctx._ranked_in_city


#: The end of an autonomous region's name, whose 全区 and 我区 are itself.
_REGION_END = "自治区"


def _place_of(m: places.Mention, ctx: _Context) -> Place | None:
    gaz = places.gazetteer()
    if m.self_ref in ("town", "village"):
        # 全村 is the village last named (走进长安镇安宁村…全村种植…)
        named = [p.place for p in ctx.places_in(0, m.start) if p.place and p.place.level == m.self_ref]
        return named[0] if named else ctx.home
    if m.self_ref == "district" and (region := gaz.region_of(m.text, ctx.home)) is not None:
        return region   # 全区 on 银川市's page: 宁夏
    if m.self_ref == "district" and ctx.home is not None and ctx.home.level == "province" \
            and ctx.home.name.endswith(_REGION_END):
        return ctx.home   # 我区 on 宁夏's own page, past a zone named before it (宁东基地): the region
    if m.self_ref in _LEVEL_GROUPS and ctx.home is not None \
            and _LEVEL_RANK.get(ctx.home.level, 0) > _LEVEL_RANK.get(m.self_ref, 0):
        # 全县 on a city's page is the county last named (武宣县一、二、三产业…；全县规上工业…)
        named = [p.place for p in ctx.places_in(0, m.start) if p.place and p.place.level in _LEVEL_GROUPS[m.self_ref]]
        if named:
            return named[0]
    if m.self_ref == "city" and _ranked_in_city(ctx):
        return gaz.holding(ctx.home, "city") or ctx.home   # type: ignore[arg-type]
    if m.self_ref:
        return gaz.self_place(m.self_ref, ctx.home)
    place = m.place
    if place and ctx.home and place.contains(ctx.home) and place != ctx.home and place.level != "town" \
            and not _opens_subject(ctx.body, m.end):
        return ctx.home   # 青岛市 as a name's first word in a 西海岸新区 article
    return place


def _opens_subject(body: str, pos: int) -> bool:
    """Whether what follows a place name is a figure's subject or verb, not the
    rest of a name."""
    after = body[pos:pos + 12]
    if not after or after[0] in "，、：的" or after[0].isdigit():
        return True   # 广西111个县市区: a figure right after the name is the place's
    if after.startswith(_words().subject_openers) or any(start == 0 for start, _, _ in catalogue().matches(after)):
        return True
    # 乌鲁木齐市新建商品住宅价格月同比上涨9.8%: a change's words follow within the clause, no name's head
    clause = re.split("[，。；,;]", after, maxsplit=1)[0]
    return _MEASURED_CHANGE.search(clause) is not None and not _words().name_head.search(clause)


#: A price or an index and the words of its change (商品住宅价格月同比上涨): what follows a place's
#: name there is a figure's subject, not the rest of a name (a firm's output, 青海国泰盐湖产值同比
#: 增长, may follow a name's first word).
_MEASURED_CHANGE = re.compile(r"(?:价格|指数)[月年]?(?:同比|比上年|上涨|增长|下降)")


# --- period -----------------------------------------------------------------

#: How far before a figure the words of a meeting's attendance may stand (应出席代表182名).
_ATTENDANCE_REACH = 10


def _meeting_day(start: int, ctx: _Context) -> str | None:
    """The day of the meeting whose attendance a sentence counts: the last day named in it or in
    the two sentences before (昨天，…会议召开。会议应到委员29名), else the story's day."""
    k = ctx.index(start)
    floor = ctx.sentences[max(0, k - 2)][0]
    day = next((d.iso for d in ctx.dates_in(floor, start) if d.iso and len(d.iso) == 10), None)
    return day or ctx.story_day   # not the posting day when the sentence opens with the home place


def _counts_speech_parts(q: Quantity, start: int, ctx: _Context) -> bool:
    """Whether ``q`` counts the parts of a speech (报告分三个部分, 报告分为2023年工作回顾，…三部分,
    从五个方面对去年的政府工作作了回顾); not the aims a speech names (…作政府工作报告，他指出，
    今年要…抓好八个方面的工作)."""
    if q.unit not in _words().speech_parts and not _words().speech_part.match(ctx.body, q.end):
        return False
    if _words().speech_divided.search(ctx.body, start, q.start):
        return True
    return _words().speech_verbs.search(ctx.body, q.end, _clause_end(q, ctx)) is not None


#: Words before a count of how often a word occurs in a speech or document (“发展”出现67次, 提及15次).
_WORD_COUNTS = ("出现", "提及", "提到")


def _clause_end(q: Quantity, ctx: _Context) -> int:
    """Where the clause holding ``q`` ends (at a ，；： or its sentence's end)."""
    return min(ctx.clause_end(q.end), ctx.sentence(q.start)[1])


def _delivery_day(pos: int, ctx: _Context) -> str | None:
    """The day a speech told of before ``pos`` was delivered: the last day written before it in
    the story (1月7日下午2时30分，…开幕), else the story's day."""
    day = next((d.iso for d in ctx.dates_in(0, pos) if d.iso and len(d.iso) == 10), None)
    return day or (_day_of(pos, ctx) if ctx.today else None)


def _month_of_a_run(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """增幅2-5月份分别为14.2%、13%、12.8%、12.7%、9%: figures listed after a run of months and 分别
    are one month each, in order; a run from February is of a release counted from January (1-2月,
    1-3月…), so each figure is to date. None when ``q`` is in no such list."""
    m = _MONTH_RUN.fullmatch(found or "")
    if m is None:
        return None
    run = next((d for d in ctx.dates_in(start, q.start) if d.iso == found and "月" in d.text), None)
    if run is None or not _RUN_RESPECTIVELY.match(ctx.body, run.end):
        return None
    listed = [x for x in ctx.quantities_in(run.end, q.end) if x.unit_kind == q.unit_kind]
    month = int(m.group("first")) + len(listed) - 1
    if month > _MONTHS or not listed or listed[-1] is not q:
        return None
    year = m.group("year")
    return f"{year}-01/{year}-{month:02d}" if m.group("first") == "02" else f"{year}-{month:02d}"


def _listed_period(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """``found``, or the month or quarter a figure listed after a run of them takes in turn, or a
    balance's span end (:func:`_span_end_of_balance`)."""
    return _turn_since(q, start, ctx) or _month_of_a_run(q, found, start, ctx) or _quarter_of_a_list(q, found, start, ctx) \
        or _month_of_a_list(q, found, start, ctx) or _year_of_a_list(q, ctx) or _span_end_of_balance(q, found, start, ctx)


def _turn_since(q: Quantity, start: int, ctx: _Context) -> str | None:
    """2010年以来，我省年度GDP分别增长14%、12.5%、11%、10.1% (told in 2014): figures listed after 分别
    under X年以来 are one year each from X, when they are as many as the years from X to the last;
    2013年一季度以来，GDP累计增速分别为…: one quarter each from that one (to date in its year with 累计)."""
    cue = ctx.body.rfind(_words().respectively, start, q.start)
    since = [m for m in _SINCE_TURN.finditer(ctx.body, start, max(cue, start)) if not ctx.quantities_in(m.end(), cue)]
    if cue < 0 or not since or ctx.today is None:
        return None
    s, e = ctx.sentence(q.start)
    run = _run_at(q, ctx, s, e)
    if not run or run[0].start < cue or any(x.unit_kind != q.unit_kind for x in run):
        return None
    m, k = since[-1], run.index(q)
    year = int(m.group("year"))
    if m.group("quarter") is None:
        return str(year + k) if year + len(run) == ctx.today.year else None
    turn = _QUARTER_NUMBERS.index(m.group("quarter")) % _QUARTERS_A_YEAR + k
    year, quarter = year + turn // _QUARTERS_A_YEAR, turn % _QUARTERS_A_YEAR + 1
    if _TO_DATE in ctx.body[m.end():cue]:
        return str(year) if quarter == _QUARTERS_A_YEAR else f"{year}-01/{year}-{3 * quarter:02d}"
    return f"{year}-{3 * quarter - 2:02d}/{year}-{3 * quarter:02d}"


#: X年以来 or X年N季度以来 before a list of figures (2010年以来, 2013年一季度以来).
_SINCE_TURN = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:第?(?P<quarter>[一二三四1-4])季度)?以来")
_QUARTERS_A_YEAR = 4
#: The word that makes each quarter's figure one to date in its year (累计增速).
_TO_DATE = "累计"


def _year_of_a_list(q: Quantity, ctx: _Context) -> str | None:
    """0.7998亿元、1.46亿元、2.0158亿元、2.5亿元，从2007年到2010年: figures listed right before the run
    of years they stand for, as many as its years, are one year each, in order."""
    start, end = ctx.sentence(q.start)
    clause_end = ctx.clause_end(q.end)
    m = _YEARS_AFTER_LIST.match(ctx.body, clause_end)
    if m is None:
        return None
    first, last = int(m.group("first")), int(m.group("last"))
    listed = [x for x in ctx.quantities_in(ctx.phrase_start(start, q.start, clause=True), clause_end)
              if x.unit_kind == q.unit_kind]
    if len(listed) != last - first + 1 or q not in listed or last <= first:
        return None
    return str(first + listed.index(q))


#: A run of years right after a list's clause (，从2007年到2010年).
_YEARS_AFTER_LIST = re.compile(r"[，,]\s*从(?P<first>(?:19|20)\d\d)年(?:到|至)(?P<last>(?:19|20)\d\d)年")


def _quarter_of_a_list(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """一季度下降4.8%，二、三季度分别增长5.2%和6.5%: figures listed after quarters listed before 分别
    are one quarter each, in order. None when ``q`` is in no such list."""
    turn = _turn_in_a_list(q, found, start, ctx, _LISTED_QUARTERS,
                           lambda listed: [_QUARTER_NUMBERS.index(c) % _QUARTERS_A_YEAR + 1 for c in listed if c in _QUARTER_NUMBERS])
    if turn is None:
        return None
    year, k = turn
    return f"{year}-{3 * k - 2:02d}/{year}-{3 * k:02d}"


def _month_of_a_list(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """其中4月、5月、6月分别增长6.7%、8.3%、9.3%: figures listed after months listed before 分别 are
    one month each, in order. None when ``q`` is in no such list."""
    turn = _turn_in_a_list(q, found, start, ctx, _LISTED_MONTHS, _listed_months)
    return f"{turn[0]}-{turn[1]:02d}" if turn is not None else None


def _listed_months(listed: str) -> list[int]:
    """The months of a list (4月、5月、6月: 4, 5, 6); none when one is no month (13月)."""
    months = [int(parse_number(x) or 0) for x in _A_MONTH.findall(listed)]
    return months if all(1 <= k <= _MONTHS for k in months) else []


def _turn_in_a_list(q: Quantity, found: str | None, start: int, ctx: _Context, listing: re.Pattern[str],
                    numbers: Callable[[str], list[int]]) -> tuple[str, int] | None:
    """The year of ``found`` and the number (of a quarter, a month) that ``q`` takes in turn among
    the figures after ``listing``'s list (二、三季度分别; 4月、5月、6月分别), read by ``numbers``;
    None when ``q`` is in no such list."""
    m = listing.search(ctx.body, ctx.phrase_start(start, q.start, clause=True), q.start)
    year = (found or "")[:4]
    if m is None or not year.isdigit():
        return None
    items = numbers(m.group("list"))
    listed = [x for x in ctx.quantities_in(m.end(), q.end) if x.unit_kind == q.unit_kind]
    if not listed or listed[-1] is not q or len(listed) > len(items):
        return None
    return year, items[len(listed) - 1]


#: Months listed before 分别 (4月、5月、6月分别增长…), and one month of them.
_MONTH_NUMBER = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_A_MONTH = re.compile(f"({_MONTH_NUMBER})(?=月)")
_LISTED_MONTHS = re.compile(f"(?P<list>{_MONTH_NUMBER}月份?(?:[{_ITEM_JOINS}]{_MONTH_NUMBER}月份?)+)分别")


#: Quarters listed before 分别 (二、三季度分别增长…), and their numbers.
_QUARTER_NUMBERS = "一二三四1234"
_LISTED_QUARTERS = re.compile(f"(?P<list>[一二三四1-4](?:[{_ITEM_JOINS}][一二三四1-4])+)季度份?分别")

#: A run of months within a year (2017-02/2017-05), and what lists figures after it (份分别为).
_MONTH_RUN = re.compile(r"(?P<year>\d{4})-(?P<first>\d\d)/(?P=year)-\d\d")
_RUN_RESPECTIVELY = re.compile(r"份?分别(?:为|是|增长|下降)?")
_MONTHS = 12


def _span_end_of_balance(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """``found``, or the last month of a stretch from January that a balance or a herd counted in
    its sentence stands at (1-6月牲猪存栏58万头: at the end of June; 1-8月，存款余额…): a stock
    holds at the stretch's end, not over it."""
    m = _FROM_JANUARY.fullmatch(found or "")
    if m is None:
        return found
    before = [x for x in ctx.quantities_in(start, q.start) if x.end <= q.start][-1:]
    paired = _paired_level(q, start, ctx) if q.unit_kind == "percent" else None
    if paired is not None:
        q = paired   # 出栏11.9万头、存栏41.6万头，分别增长81.4%和52.2%: each level's own change
    elif before and q.unit_kind == "percent" and _only_filler(ctx, before[0].end, q.start):
        q = before[0]   # 存栏58万头，同比下降3.0%: the balance's own change, at its date
    balance = catalogue().nature(q.indicator) == "stock" \
        or _words().balances.search(ctx.body, ctx.phrase_start(start, q.start), q.start) is not None
    return m.group("end") if balance else found


def _paired_level(q: Quantity, start: int, ctx: _Context) -> Quantity | None:
    """The level a change after 分别 pairs with, in order, when as many levels stand right before
    the 分别 as changes after it (出栏11.9万头、存栏41.6万头，分别增长81.4%和52.2%)."""
    cue = ctx.body.rfind(_words().respectively, start, q.start)
    if cue < 0:
        return None
    after = [x for x in ctx.quantities_in(cue, ctx.sentence(q.start)[1]) if x.unit_kind == q.unit_kind]
    levels = [x for x in ctx.quantities_in(start, cue) if x.unit_kind != q.unit_kind][-len(after):]
    if len(levels) != len(after) or q not in after:
        return None
    return levels[after.index(q)]


#: A stretch of a year from its January (2020-01/2020-06), and the month it ends with.
_FROM_JANUARY = re.compile(r"(?P<year>\d{4})-01/(?P<end>(?P=year)-(?:0[2-9]|1[0-2]))")


def _named_span(q: Quantity, ctx: _Context) -> tuple[str] | None:
    """The years an event's name stands for, for a count of as many years right before it (是三年
    新冠疫情防控转段后…的一年, 三年疫情: 2020/2022), in a 1-tuple; None for any other figure."""
    if q.unit != "年":
        return None
    years = next((span for name, span in _words().named_spans.items() if ctx.body.startswith(name, q.end)), None)
    if years is None or q.value != years[1] - years[0] + 1:
        return None   # 两年疫情 is not the pandemic's span (三年疫情 is)
    return (f"{years[0]}/{years[1]}",)


def _held_as_seen(q: Quantity, start: int, ctx: _Context) -> tuple[str | None] | None:
    """The period of a figure that holds on the day it was seen, whatever time phrases stand
    around it (in a 1-tuple), or None for any other figure: a size, a meeting's attendance, the
    people who gathered, a speech's parts."""
    if _words().dimension.search(ctx.body, max(start, q.start - _DIMENSION_REACH), q.start):
        # 全长约60公里, 路面宽4.5米、4米: a size, as it stands, unless its own sentence dates it
        return (_date_between(start, q.start, ctx) or (_day_of(start, ctx) if ctx.today else None),)
    if _words().attendance.search(ctx.body, max(ctx.phrase_start(start, q.start), q.start - _ATTENDANCE_REACH), q.start):
        return (_meeting_day(start, ctx),)   # 会议应出席代表182名，实际出席代表165名: the meeting's day
    if q.unit_kind == "count" and _words().gathering.search(ctx.body, q.end, _clause_end(q, ctx)):
        return (_meeting_day(start, ctx),)   # 来自县内的162名代表汇聚一堂: the meeting's day
    if q.unit_kind == "count" and _words().attending.match(ctx.body, q.end):
        return (_meeting_day(start, ctx),)   # 提出建议的12名县人大代表，参加了答复会: the meeting's day
    if q.unit == "次" and ctx.body.endswith(_WORD_COUNTS, 0, q.start):
        return (_delivery_day(q.start, ctx),)   # “发展”出现67次 in the report: counted in the text as delivered
    if _counts_speech_parts(q, start, ctx):
        return (_delivery_day(q.start, ctx),)   # 报告分三个部分：2024年工作回顾、…: the day it was delivered
    return None


def _period(q: Quantity, ctx: _Context) -> str | None:
    """The governing time phrase: one the figure stands in (未来5年), one before it
    in its sentence, one opening an earlier sentence of its paragraph (a list's
    lead), a section heading, for a flow the article's own period (一季度 in a
    release on the first quarter), else the article's date (the year for 年度/全年
    figures)."""
    start, _ = ctx.sentence(q.start)
    fixed = _named_span(q, ctx) or _held_as_seen(q, start, ctx)
    if fixed is not None:
        return fixed[0]
    found = ctx.figure_dates.get(q.start) \
        or next((d.iso for d in ctx.dates_in(start, q.end) if d.start <= q.start < d.end), None)
    found = found or _span_ahead(start, q, ctx) or _year_to_date(q, ctx, start) \
        or _broken_down_date(start, q, ctx) or _date_between(start, q.start, ctx)
    if found and len(found) == 10 and (released := _release_named(found, ctx.body[start:q.start])):
        found = released   # 7月20日,中卫经济“半年报”公布,全市实现地区生产总值257.13亿元: January to June
    stock = _is_stock(q, ctx)
    found = _listed_period(q, found, start, ctx)
    found = found or _event_day(start, q, ctx) or _continued_date(start, q, ctx)
    if found is None:
        kind = "date" if stock else "flow-date"
        lead = ctx.lead(kind, q.start)
        found = lead if isinstance(lead, str) else None
    found = _year_end_flow(q, found, start, stock, ctx)
    if found is None and not stock and not ctx.cue_before(q.start) \
            and not (q.subject or "").endswith(_words().vital_events):   # 将表彰300名: ahead, no count to date
        counted = ctx.lead("as-of-count", q.start)
        found = counted[0] if isinstance(counted, tuple) and q.unit in counted[1] else None
    if found is None:
        topic = ctx.lead("topic-year", q.start)
        found = topic if isinstance(topic, str) else None
    if found is None:
        referred = ctx.lead("span-ref", q.start)
        found = referred if isinstance(referred, str) else None
    if found is None and ctx.article_period and len(ctx.article_period) == 15 \
            and _words().balances.search(ctx.body, start, q.start):
        found = ctx.article_period[8:]   # 资产总计…，同比增长2.1% in a release on 1-9月: at the span's end
    found = found or _heading_period(q.start, ctx, stock)
    if found is None and ctx.today and ctx.today.month <= _PLAN_MONTHS and (
            (not stock and _year_goal(q, ctx)) or _striving(ctx, ctx.phrase_start(start, q.start, clause=True), q.start)):
        # 主要预期目标是：地区生产总值增长6%以上; 力争…线上交易额突破10亿元, in January: this year's,
        # even in a story whose lead reports on last year
        found = str(ctx.today.year)
    if found is None and not stock and not _past_the_release(q, ctx):
        found = ctx.article_period
    if found is None and ctx.today:
        found = _reviewed_for(stock, ctx) or (str(ctx.today.year) if _annual(q.subject) else _day_of(start, ctx))
    found = _from_to(q, found, start, ctx) or found
    found = _report_since(found, ctx)
    found = _averaged_span(q, found, ctx)
    found = _compared_stretch(q, found, ctx)
    found = _reached_level(q, found, start, stock, ctx)
    found = _held_at_year_end(q, found, start, ctx)
    found = _running_span(q, _base_period(q, _reported_since(found, ctx), start, ctx), ctx)
    found = _span_end_of_balance(q, _against_year_end(q, found, start, ctx), start, ctx)
    return _year_of(q, _share_of_listed(q, found, start, ctx), ctx)


def _year_of(q: Quantity, found: str | None, ctx: _Context) -> str | None:
    """The year of ``found`` for a figure of a whole year: 昨日…开复工，年度投资将超过14亿元 (the
    year's investment, not the day's), and the plan progress is measured against (1-10月…完成市下
    目标任务14.5亿元的87.6%: the year's target)."""
    if found and (len(found) == 10 and _annual(q.subject or "") or _plan_of_progress(q, ctx)):
        return found[:4]
    return found


def _plan_of_progress(q: Quantity, ctx: _Context) -> bool:
    """完成市下目标任务14.5亿元的87.6%, 占总任务4.8亿元的154%: the plan progress is told against."""
    return ctx.body.startswith("的", q.end) and _PLAN_BEFORE.search(ctx.body, max(0, q.start - 4), q.start) is not None


#: A plan's name right before its figure (目标任务, 总任务, 计划).
_PLAN_BEFORE = re.compile(r"(?:目标任务|任务|目标|计划)$")


def _year_goal(q: Quantity, ctx: _Context) -> bool:
    """Whether ``q`` is one of the year's goals: named so in its list's lead (主要预期目标是：…) or
    under a heading that names a plan (主要目标)."""
    return bool(_words().year_goals.search(ctx.body, ctx.starts[ctx.index(ctx.list_start(q.start))], q.start)) \
        or _in_plan_section(q.start, ctx)


def _striving(ctx: _Context, start: int, end: int) -> bool:
    """Whether a word of striving (力争, 争取) stands in ``[start, end)``, not as 争取 of funds won
    (争取到中央预算内等各类资金约3.8亿元)."""
    return any(not _words().funds.match(ctx.body, m.end())
               for m in _words().striving.finditer(ctx.body, start, end))


def _share_of_listed(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """战略新兴产业项目20个，投资总额97.3亿元，分别占在建项目总数的25%和23.4% (一季度): shares of the
    figures listed before them in the sentence, with no time phrase of their own, hold when those do."""
    before = [p for p in ctx.quantities_in(start, q.start) if p.end <= q.start][-1:]
    if before and before[0].period and found and len(found) == 4 and before[0].period.startswith(found) \
            and _PROGRESS.search(ctx.body, before[0].end, q.start):
        return before[0].period   # 上半年…完成GDP4408.1亿元，完成全年计划目标的45.4%: progress as of the outcome
    if q.measure is Measure.SHARE and _opens_with_its_parts(start, q, ctx) \
            and all(x.measure is Measure.SHARE for x in ctx.quantities_in(start, q.start)):
        whole = ctx.quantities_in(ctx.paragraph_start(start), start)[-1:]
        if whole and whole[0].period and len(whole[0].period) == len("2025-01-10"):
            return whole[0].period   # …总投资3707亿元。其中，社会项目投资占比达81%: shares of that stock
    if q.measure is not Measure.SHARE or ctx.today is None or not found or len(found) != len("2025-01-10"):
        return found
    if before and before[0].period and _SHARE_OF_BEFORE.fullmatch(ctx.body, before[0].end, q.start):
        return before[0].period   # 立案40件，占26.3% (counted up to 1月8日12时): the share of that count
    if found != ctx.today.isoformat():
        return found
    cue = ctx.body.rfind(_words().respectively, start, q.start)
    if cue < 0 or ctx.dates_in(cue, q.start):
        return found
    listed = [p for p in ctx.quantities_in(start, cue) if p.measure is not Measure.SHARE and p.period]
    return listed[-1].period if listed else found


def _opens_with_its_parts(start: int, q: Quantity, ctx: _Context) -> bool:
    """Whether the sentence from ``start`` opens with 其中 and names no time before ``q``."""
    return ctx.body.startswith(_PARTS_OPENER, start) and not ctx.dates_in(start, q.start)


#: The word opening a sentence of the parts of the figure before (其中，…).
_PARTS_OPENER = "其中"


#: What stands between a count and its share of a whole right after it (立案40件，占26.3%).
_SHARE_OF_BEFORE = re.compile(r"[，,]\s*占(?:比|比为)?")


def _year_end_flow(q: Quantity, found: str | None, start: int, stock: bool, ctx: _Context) -> str | None:
    """年末生猪存栏12807头，出栏16398头; 年末…农业机械总动力8.2万千瓦；使用化肥4990.4吨: the
    year's end opening the sentence dates its stocks; a flow named right before its figure, or
    a figure with no stock cue after a ；, is of that year."""
    if stock or not found or len(found) != 7 or not found.endswith("-12"):
        return found
    point = next((d for d in ctx.dates_in(ctx.list_start(start), q.start)[::-1]
                  if d.iso == found and d.text.endswith(_words().as_of_ends)), None)
    if point is None or _after_as_of(point, ctx):
        return found   # 截至去年底，…；卫生技术人员9.3万人: counted up to the point, every item
    if ctx.body[ctx.phrase_start(start, q.start):q.start].endswith(_words().flow_heads) \
            or catalogue().nature(q.indicator) == "flow":
        return found[:4]   # 2024年末，地区生产总值预计完成230.6亿元，增长4%: a flow of the year
    before = ctx.quantities_in(start, q.start)
    if before and _is_stock(before[-1], ctx):
        return found   # 活家禽年末存栏61.9万只，同比增长0.6%: the stock's own change
    clause = ctx.phrase_start(start, q.start, clause=True)
    return found[:4] if any(c in ctx.body[point.end:clause] for c in "；;") else found


#: The months of a year in which its goals with no time phrase (主要预期目标是：…增长6%以上)
#: are that year's.
_PLAN_MONTHS = 6

#: How far before a figure (characters) a word of its size may end: 路面宽 / 全长约, or a
#: list of sizes after it (路面宽度4.5米、4米、).
_DIMENSION_REACH = 24


def _held_at_year_end(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """A balance in a past year's review (各金融机构存款余额107.64亿元, 2017), or anything counted
    up to a bare year (截止2018年，全区农村公路1940.96公里), holds at that year's end."""
    if not found or len(found) != 4 or not found.isdigit() or ctx.today is None or int(found) >= ctx.today.year:
        return found
    if _balance_level(q, start, ctx):
        return f"{found}-12"
    before = ctx.quantities_in(start, q.start)
    if before and before[-1].period == f"{found}-12" and _balance_level(before[-1], start, ctx) \
            and _only_filler(ctx, before[-1].end, q.start):
        return f"{found}-12"   # 存款余额107.64亿元，同比增长3%: the balance's change, at the same end
    point = next((d for d in ctx.dates_in(start, q.start) if d.iso == found), None)
    if point is not None and (point.text.startswith(_COUNTED_UP_TO)
                              or ctx.body[max(0, point.start - 3):point.start].endswith(_COUNTED_UP_TO)) \
            and not ctx.body.startswith(_YEAR_TO_DATE_ENDS, point.end):
        return f"{found}-12"
    return found


def _balance_level(q: Quantity, start: int, ctx: _Context) -> bool:
    """Whether ``q`` is a balance's level, its word right before it in its phrase
    (各金融机构存款余额107.64亿元; not 借贷余额分别下降69%, a change)."""
    return q.measure == Measure.LEVEL and _words().balances.search(
        ctx.body, ctx.phrase_start(start, q.start), q.start) is not None


#: The words of a time counted up to (截止2018年; not 增加到2021年的, a level reached), and
#: what may follow a year counted up to that is not its end (截至2018年以来).
_COUNTED_UP_TO = ("截至", "截止")
_YEAR_TO_DATE_ENDS = ("以来", "来")


def _reached_level(q: Quantity, found: str | None, start: int, stock: bool, ctx: _Context) -> str | None:
    """这五年…地区生产总值实现1781.8亿元; 过去五年…农机具保有量达到5.3万台: a level reached
    under a span of years that its sentence does not date is of the span's last year; a stock,
    or any level told while that year still runs, holds on the day the text is dated. A tally
    over the span (累计完成投资…) keeps the span."""
    if not found or not _many_years(found) \
            or (_date_between(start, q.start, ctx) is not None and not ctx.cue_before(q.start)):
        return found   # 力争在“十三五”时期，实现高新技术企业突破200家: a level aimed at, at the span's end
    last_year = found[-4:]
    words = _words()
    earlier = ctx.quantities_in(start, q.start)
    if q.measure in (Measure.MULTIPLE, Measure.DIFFERENCE) and earlier and earlier[-1].period == last_year:
        return last_year   # 从129.8亿元增长到325亿元，是2016年的2.5倍: compared with the level reached
    at = q.start   # 分别达到44846元和37342元: the second figure is reached with the first
    if earlier and earlier[-1].unit == q.unit and ctx.body[earlier[-1].end:q.start] in _LIST_JOINS:
        at = earlier[-1].start
    if not ctx.body.endswith(words.reached, max(start, at - 4), at):
        return found
    if words.tally.search(ctx.body, ctx.phrase_start(start, at, clause=True), at):   # 累计, 共 (not 公共, 共同)
        return found
    if ctx.today and (stock or str(ctx.today.year) == last_year) and not ctx.cue_before(q.start):
        return ctx.today.isoformat()
    return last_year


#: What joins two figures of one list (44846元和37342元).
_LIST_JOINS = tuple(_ITEM_JOINS)


def _running_span(q: Quantity, found: str | None, ctx: _Context) -> str | None:
    """连续5年保持正增长 in a review of 2025: a run of years (quarters, months) counts the
    ones ending with the period the figure stands in (2021/2025); so does the figure its
    clause holds after the run (连续3年增速超过35%), and a bare run that tallies (3年增长58.6%,
    5年累计旅游收入超1300亿元)."""
    if not found:
        return found
    run = q if _RUN_UNITS.get(q.unit or "") else _run_before(q, ctx)
    unit = _RUN_UNITS.get(run.unit or "") if run is not None else None
    if run is None or unit is None or not run.value or not (
            ctx.body.endswith(_words().running, 0, run.start) or ctx.body.startswith(_RUN_TALLIES, run.end)):
        return found
    n = int(run.value)
    if n < 2 or n != run.value:
        return found
    last = iso_bounds(found)[1] - timedelta(days=1)
    if ctx.today is not None and last > ctx.today:
        # 今年以来…增速连续2个月回升, posted in July: months up to the release's last, not the year's
        last = iso_bounds(ctx.article_period)[1] - timedelta(days=1) \
            if ctx.article_period and ctx.article_period.startswith(found[:4]) else ctx.today
        # (增速连续三个季度…第一 in a report on the year delivered on 27 December: up to the last quarter ended)
        last = min(last, ctx.today)
    if unit == "year":
        return f"{last.year - n + 1}/{last.year}"
    after = last + timedelta(days=1)
    if unit == "quarter" and not (after.day == 1 and after.month in _QUARTER_STARTS):
        # 自2016年4季度以来已连续8个季度…, told on 2018-10-24: the quarters up to the last one ended
        last = date(last.year, last.month - (last.month - 1) % 3, 1) - timedelta(days=1)
    months = n * (3 if unit == "quarter" else 1)
    first = add_months(date(last.year, last.month, 1), 1 - months)
    return f"{first:%Y-%m}/{last:%Y-%m}"


def _run_before(q: Quantity, ctx: _Context) -> Quantity | None:
    """The figure right before ``q`` in its clause, when it is a run of periods (连续3年)."""
    start = ctx.phrase_start(ctx.sentence(q.start)[0], q.start, clause=True)
    before = [p for p in ctx.quantities_in(start, q.start) if p.end <= q.start]
    return before[-1] if before and _RUN_UNITS.get(before[-1].unit or "") else None


#: The first months of the quarters: a day before the first of one ends a quarter.
_QUARTER_STARTS = (1, 4, 7, 10)
#: What may follow a bare run of years to say it is the stretch counted (3年增长58.6%, 5年累计旅游收入).
_RUN_TALLIES = ("增长", "累计")
#: The units of a run of periods (连续5年, 连续两个季度, 连续三个月).
_RUN_UNITS = {"年": "year", "个季度": "quarter", "季度": "quarter", "个月": "month", "月": "month"}


def _report_since(found: str | None, ctx: _Context) -> str | None:
    """2016年以来 in a report to a congress (各位代表：…向大会报告工作) delivered at the end of 2020
    or early in 2021: its figures are of the whole years up to the one reviewed (2016/2020)."""
    if not (found and ctx.today and ctx.is_report and found.endswith("/" + ctx.today.isoformat())
            and found[4:10] == "-01-01"):
        return found
    reviewed = report_reviewed_year(ctx.today)
    first = int(found[:4])
    return f"{first}/{reviewed}" if first < reviewed else found


def _averaged_span(q: Quantity, found: str | None, ctx: _Context) -> str | None:
    """2007—2011年是…的五年…。2011年，全镇预计实现地区生产总值26.5亿元，年均增长14.6%: a
    yearly average dated by one year is over the span of years its paragraph names ending
    with that year."""
    if not found or len(found) != 4 or not ctx.body.endswith(_YEARLY_AVERAGE, 0, q.start):
        return found
    if ctx.reviewed_year and ctx.reviewed_year.endswith("/" + found):
        return ctx.reviewed_year   # 预计2010年…年均增长15% in a review of “十一五”: over its years
    for d in ctx.dates_in(ctx.paragraph_start(q.start), q.start):
        years = _year_range(d.iso)
        if years and years[1] == int(found) and years[0] < years[1]:
            return d.iso
    # 2014年，…达6717元，是1965年的83倍，年均增长9.4%: over the years since the base's
    start = ctx.sentence(q.start)[0]
    base = next((d for d in ctx.dates_in(start, q.start)[::-1] if d.iso and len(d.iso) == 4
                 and d.iso < found and ctx.body.startswith("的", d.end) and ctx.body[d.start - 1:d.start] == "是"), None)
    return f"{int(base.iso) + 1}/{found}" if base is not None and base.iso else found


def _compared_stretch(q: Quantity, found: str | None, ctx: _Context) -> str | None:
    """目前，…14户企业产值较去年同期有不同程度的增长，青海国泰盐湖同比增长55.33%: a figure compared
    with the same stretch of last year counts a stretch, not the day 目前 names; in an
    article reporting on one (一季度…), that stretch."""
    if not (ctx.article_period and ctx.today and found == ctx.today.isoformat()):
        return found
    start, end = ctx.sentence(q.start)
    clause = ctx.body[ctx.phrase_start(start, q.start, clause=True):min(end, ctx.clause_end(q.end))]
    return ctx.article_period if any(w in clause for w in _words().same_period) else found


def _from_to(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """A change told from one level to another over a span of years (过去五年…规上工业总产值
    从742亿元增加到1550.2亿元，年均增长15.3%; 从2016年的695.7亿元增加到2021年的1144.2亿元):
    the first level is of the year before the span, the second of its last year, and a
    yearly average after them of the years that grew, the first level's own year left out
    (从2015年的…增长到2020年…，年均增长 is of 2016/2020); a year written with a level is
    its own. A catalogue indicator's change told over one year starts from the year before."""
    m = _FROM_TO.search(ctx.body, start, q.start)
    if m is None:
        return None
    # a later item of a list (…；区级财政收入从61.60亿元增长到104.12亿元) has the lead's span
    years = _year_range(found) or _year_range(_date_between(ctx.list_start(start), start, ctx)) \
        or (_one_year(found) if q.indicator else None)
    first = int(m.group("y1")) if m.group("y1") else _PLAN_LAST_YEARS.get(m.group("plan") or "") \
        or (years[0] - 1 if years else None)
    last = int(m.group("y2")) if m.group("y2") else (years[1] if years else None)
    if m.group("tail"):
        average = ctx.body.endswith(_YEARLY_AVERAGE, 0, q.start)
        return f"{first + 1}/{last}" if average and first and last else None
    if m.group("to"):
        if m.group("y1") and not m.group("y2") and found == m.group("y1"):
            # 五年来，…高新技术企业由2017年929家增长到3605家: the level reached is of the span's end
            # (初步核算，2011年全县…。三次产业结构从2010年9.0:55.9:35.1调整为8.5:55.2:36.3: the lead's year)
            lead = ctx.lead("flow-date", q.start)
            lead = lead if isinstance(lead, str) else None
            span = _year_range(lead) or _one_year(lead)
            return str(span[1]) if span and first and span[1] > first else None
        return str(last) if last else None
    # the first level only when a change follows it (not 从六个方面总结)
    return str(first) if first and _CHANGE_AFTER.match(ctx.body, q.end) else None


def _one_year(period: str | None) -> tuple[int, int] | None:
    """A period of one whole year (2018) as a span of it alone: a catalogue indicator, one figure a
    year, changed over it (2018年…三产结构比由8.4:76.4:15.2调整为8.1:75.2:16.7) starts from the year
    before; other things may have changed within the year (疫情防控政策调整优化后…床位从37张提升至151张)."""
    return (int(period), int(period)) if period and len(period) == 4 and period.isdigit() else None


def _many_years(period: str) -> bool:
    """Whether ``period`` spans several whole years (2016/2020)."""
    years = _year_range(period)
    return years is not None and years[0] < years[1]


_YEAR_RANGE = re.compile(r"\d{4}/\d{4}")


def _year_range(period: str | None) -> tuple[int, int] | None:
    """The first and last year of a period of whole years (2017/2021), else None."""
    if not period or not _YEAR_RANGE.fullmatch(period):
        return None
    a, b = period.split("/")
    return int(a), int(b)


#: 从(2016年的)A增加到(2021年的)B…: a level told as the start of a change (group y1 its
#: year), then the one it reached (group to, y2 its year); the match ends right before the
#: figure asked about, or (for a yearly average) runs on to it.
_FROM_TO = re.compile(
    r"[从由](?:(?P<y1>(?:19|20)\d\d)年的?|[“\"]?(?P<plan>十[一二三四五]?五)[”\"]?(?:期)?末的?)?(?=[\d.]|$)"
    r"(?:[\d.]+(?::[\d.]+)*[^\d，。；,;]{0,6}?[，,]?(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|发展|跃升|攀升)?(?P<to>到|至|为)"
    r"(?:(?P<y2>(?:19|20)\d\d)年的?)?(?P<tail>[\d.]+[^\d，。；;]{0,6}(?:[，,][^，。；;]*){0,3})?)?$")
#: The last years of the five-year plans a change may start from (从“十三五”末的117亿元增长至…).
_PLAN_LAST_YEARS = {"十五": 2005, "十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025}
#: What follows the first level of a change (…增加到, 调整为, 提升至).
_CHANGE_AFTER = re.compile(r"[^\d，。；,;]{0,6}?(?:到|至|为)")
_YEARLY_AVERAGE = ("年均增长", "年均增速", "年均增幅", "年均递增")


def _reported_since(found: str | None, ctx: _Context) -> str | None:
    """今年元月以来 in a report on 1—8月 (…1-8月全区中小企业经济运行保持了良好发展态势。…今年元月
    以来，全区规模工业企业实现…增长30.09%): a stretch up to the article's date is the stretch
    the article reports on, when the article's first time phrase is one that starts the same
    day and has ended."""
    if not (found and ctx.today and "/" in found and found.endswith("/" + ctx.today.isoformat())):
        return found
    first = next((d for d in ctx.dates if d.iso and "/" in d.iso), None)
    if first is None or first.iso == found:
        return found
    reported = iso_bounds(first.iso)
    return first.iso if reported[0] == iso_bounds(found)[0] and reported[1] <= ctx.today else found


def _base_period(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """增长11.6%，较上年同期(3.2%)大幅增长: a figure that is the comparison base's own
    value holds for the base's period — the figure's own months (同期) in the base's
    year, else the base's time phrase itself."""
    dates = ctx.dates_in(start, q.start)
    if not dates or (ctx.governs(dates[0]) and not dates[0].text.endswith(_SAME_PERIOD)):
        return found
    base = dates[0]
    gap = ctx.body[base.end:q.start]
    if q.measure in (Measure.MULTIPLE, Measure.POINTS) or ctx.body[base.start - 1:base.start] == "是":
        return found   # 是2020年的2.1倍, 是上年的80%, 高于去年同期9个百分点: the figure compares, it is no base's value
    if base.iso is None or not _words().base_value.fullmatch(gap):
        return found
    if _names_same_period(base, ctx):
        return _in_year(found, base.iso[:4]) or base.iso
    # 较一季度(-10.8%): a quarter, a month or a year; not a day's value
    return base.iso if len(base.iso) in (4, 7) or (len(base.iso) == 15 and "/" in base.iso) else found


def _against_year_end(q: Quantity, found: str | None, start: int, ctx: _Context) -> str | None:
    """常住人口城镇化率为42.85%，比上年末提高0.62个百分点: a change against the end of the year
    before a whole year's figure is one at that year's end (2024-12)."""
    if not found or len(found) != 4 or not found.isdigit():
        return found
    base = next((d for d in ctx.dates_in(ctx.phrase_start(start, q.start, clause=True), q.start)[::-1]
                 if ctx.body[d.start - 1:d.start] in ("比", "较")), None)
    if base is None or base.iso != f"{int(found) - 1}-12" or not base.text.endswith(_words().as_of_ends):
        return found
    return f"{found}-12"


def _names_same_period(d: DateMention, ctx: _Context) -> bool:
    """Whether ``d`` is a year's same months as the figure's (上年同期, 2019年同期): written
    into the time phrase or right after it."""
    return d.text.endswith(_SAME_PERIOD) or ctx.body.startswith(_SAME_PERIOD, d.end)


def _in_year(period: str | None, year: str) -> str | None:
    """``period`` moved to ``year`` when it lies inside one year (2024-01/2024-06 →
    2023-01/2023-06), else None."""
    if not period:
        return None
    parts = period.split("/")
    if len({p[:4] for p in parts}) != 1:
        return None
    moved = "/".join(year + p[4:] for p in parts)
    try:
        iso_bounds(moved)
    except ValueError:      # 29 February
        return None
    return moved


def _date_between(start: int, end: int, ctx: _Context, events: bool = True) -> str | None:
    """The nearest time phrase before ``end`` that is no comparison base; without
    ``events``, none that dates an event (学校于2000年搬迁) either."""
    found = ctx.dates_in(start, end)
    for k, d in enumerate(found):
        if ctx.dated_plan_clause(d.start, end):
            continue   # 1-3月份，…，2016年计划完成投资46.3亿元，5亿元以上项目5个: the plan's year alone
        if _AIMS_NAMED.match(ctx.body, d.end):
            continue   # 前三季度，该园区围绕全年目标，…，GDP增幅达9.7%: the aims' year, in a clause before
        if _PLAN_OF.match(ctx.body, d.end):
            continue   # 一般公共预算收入完成年初预算的53.7%: when the budget was set, not the figure's time
        if ctx.body[d.start - 1:d.start] in ("由", "从") and any(w in ctx.body[d.end:end] for w in _TURNED_TO):
            continue   # 由一季度下降0.3%转为增长1.3%: the time the change started from, not the later figure's
        if ctx.governs(d) and (events or ctx.body[d.start - 1:d.start] != "于") \
                and not _from_value(d, end, ctx) and not d.text.endswith(_SAME_PERIOD):
            return _as_of_within(d, found[k + 1:], ctx) or _since(d, end, ctx) or d.iso
        if k == 0 and ctx.governs(d) and _from_value(d, end, ctx) and not d.text.endswith(_SAME_PERIOD) \
                and (changed := _changed_to(d, ctx)) is not None:
            return changed
    return None


def _as_of_within(d: DateMention, earlier: Sequence[DateMention], ctx: _Context) -> str | None:
    """截至10月底，庆城镇2017年招商引资项目累计完成投资7.4亿元: a year naming what is counted,
    after a point within it counted up to earlier in the sentence, leaves the point governing."""
    if not d.iso or len(d.iso) != 4 or not earlier:
        return None
    point = earlier[0]
    if not point.iso or not point.iso.startswith(d.iso) or len(point.iso) == 4 or not _after_as_of(point, ctx):
        return None
    if any(c in ctx.body[point.end:d.start] for c in "；;。"):
        return None
    return point.iso


def _changed_to(d: DateMention, ctx: _Context) -> str | None:
    """从去年9月份的580元/g上涨到了832.6元/g，上涨幅度达到43.6%: the figures after the
    one a past month's time phrase opens are of that month this year; for a year or
    another phrase the change's end is not told."""
    if ctx.today is None or d.iso is None or len(d.iso) != 7 or d.iso[:4] == str(ctx.today.year):
        return None
    return _in_year(d.iso, str(ctx.today.year))


def _from_value(d: DateMention, end: int, ctx: _Context) -> bool:
    """由上年的4.6:51.6:43.8调整为4.3:51.9:43.8: a time phrase written as the start of a
    change (由/从 … 的) dates the figure it opens, not those after it; one written as its
    end (增加到2015年的1107.8亿元) dates the change's figures too (攀升至2014年的12.86亿元，增长了
    400多倍), not a list item after it (…；一般公共预算收入由40.6亿元…)."""
    before = ctx.body[d.start - 1:d.start]
    if before in ("到", "至") and not any(c in ctx.body[d.end:end] for c in "；;"):
        return False
    if before not in ("由", "从", "到", "至") or not ctx.body.startswith("的", d.end):
        return False
    # 由一季度的全省第四上升至全省第二: a rank's change opens there too
    return bool(ctx.quantities_in(d.end, end)) or (before in ("由", "从") and bool(_CHANGED_TO.search(ctx.body, d.end, end)))


def _year_to_date(q: Quantity, ctx: _Context, start: int) -> str | None:
    """截至3月末，全县地区生产总值实现19.5亿元: a flow counted up to a month's end covers
    the year so far (2011-01/2011-03), and so does a growth (至9月份止，…分别增长19.93%和15.57%);
    a stock there holds at that month."""
    flow = _is_flow(q, ctx)
    if not (q.measure is Measure.GROWTH or flow or _new_ones(q, start, ctx)):
        return None
    for d in ctx.dates_in(start, q.start):
        if not ctx.governs(d):
            continue
        # 6月末，生猪出栏1407头: a flow told at a month's end is counted from January too
        month_end = flow and d.text.endswith(_words().as_of_ends)
        if d.iso and len(d.iso) == 7 and (_after_as_of(d, ctx) or month_end) and d.iso[5:] != "01":
            return d.iso[:4] if d.iso[5:] == "12" else f"{d.iso[:4]}-01/{d.iso}"   # to December: the year
        if d.iso and len(d.iso) == 10 and _after_as_of(d, ctx) and d.iso[5:7] != "01" \
                and not (q.indicator is None and q.subject.endswith(_INVESTED)):
            # 今年截至目前完成40.4亿元, 截至目前全镇规上工业总产值42.5亿元: the year so far (not
            # projects' investment, 截至目前…累计完成投资14.5亿元: their total to the day)
            return d.iso[:4]
        return None
    return None


def _new_ones(q: Quantity, start: int, ctx: _Context) -> bool:
    """Whether a new-slice word stands in the figure's phrase (累计新增…十家…企业): the new ones
    counted, a flow."""
    phrase = ctx.body[ctx.phrase_start(start, q.start):q.start]
    return any(w in phrase for w in _words().new_slice if len(w) > 1)


def _is_flow(q: Quantity, ctx: _Context) -> bool:
    """A figure counted over a period: by its catalogue indicator, else by its subject's
    head (中小企业增加值, 总产值) unless a stock cue stands before it (累计完成投资)."""
    if q.indicator is not None:
        return catalogue().nature(q.indicator) == "flow"
    return bool(q.subject) and q.subject.endswith(_words().flow_heads) and not _is_stock(q, ctx)


def _event_day(start: int, q: Quantity, ctx: _Context) -> str | None:
    """此次集中开工项目28个 (6月2日，宁陕县举行…开工活动。…此次…): a figure after a word
    pointing back to the reported event, in a sentence with no time phrase before it, is
    of the event's day, the last single day named before the sentence. Items after ；
    share the word (这次开工、竣工的7个重点项目中，有5个项目竣工…；有2个项目开工).
    """
    if ctx.today is None:
        return None
    if not _event_ref().search(ctx.body, ctx.list_start(start), q.start):
        return None
    today = ctx.today.isoformat()
    # (截至目前，…累计新签约…: a time counted up to is no event's day)
    return next((d.iso for d in ctx.dates_in(0, start)
                 if d.iso and len(d.iso) == 10 and d.iso <= today and ctx.governs(d) and not _after_as_of(d, ctx)), None)


@cache
def _event_ref() -> re.Pattern[str]:
    """Any of the words pointing back to the reported event (此次, 本次), in one search."""
    return re.compile(word_pattern(_words().event_refs))


def _continued_date(start: int, q: Quantity, ctx: _Context) -> str | None:
    """A sentence that opens with 其中 breaks down the one before it in its paragraph
    (10月1日全省进港62201人。其中，海口美兰机场进港14044人): the time phrase of the
    figure it breaks down there (the first in the same unit), else that sentence's last;
    the breakdown's further items after a ； share it (up to _BREAKDOWN_ITEMS back)."""
    k = first = ctx.index(start)
    for _ in range(_BREAKDOWN_ITEMS):
        if k != first and (inline := _inline_breakdown(*ctx.sentences[k], ctx)) is not None:
            # the first item stands in the sentence it breaks down (…项目涉及28个社区，其中：鸡街5栋；)
            return _whole_date(ctx.sentences[k][0], inline, q, ctx)
        if k > 0 and (_words().breakdown_ref.match(ctx.body, ctx.sentences[k][0]) or (
                not ctx.continues_paragraph(k) and _words().breakdown_by.match(ctx.body, ctx.sentences[k][0]))):
            return _whole_date(*ctx.sentences[_last_with_unit(k - 1, q, ctx)], q, ctx)   # 这些建议中: across a paragraph too
        if not ctx.continues_paragraph(k):
            return None
        before_start, before_end = ctx.sentences[k - 1]
        if ctx.body.startswith(_words().breakdown, ctx.sentences[k][0]):
            return _whole_date(before_start, before_end, q, ctx)
        if ctx.body[before_end - 1:before_end] not in ("；", ";"):
            return None
        k -= 1   # a further item of the list (其中，海口…；三亚…；)
        item = _item_date(*ctx.sentences[k], q, ctx)
        if item is not None:
            return item   # 截至2月17日，我县29个市级重点项目…；118个县级重点项目…
    return None


def _last_with_unit(k: int, q: Quantity, ctx: _Context) -> int:
    """Sentence ``k``, or the last sentence of its paragraph up to it that holds a figure in
    ``q``'s unit when ``k`` holds none (…生产总值1675.57亿元，同比增长8.0%。…三亚市…增速4.1%，
    这是南海网记者7月25日从省政府获悉的。\n按三次产业分，第一产业增加值423.49亿元: the whole is
    the 亿元 figure, not the last sentence's day)."""
    j = k
    while True:
        if any(x.unit == q.unit for x in ctx.quantities_in(*ctx.sentences[j])):
            return j
        if not ctx.continues_paragraph(j):
            return k
        j -= 1


def _item_date(start: int, end: int, q: Quantity, ctx: _Context) -> str | None:
    """The time phrase governing the first figure of the earlier list item ``[start, end)``:
    the period that figure took (截至3月末 made a flow's 2011-01/2011-03), when it is a
    flow or a stock as ``q`` is, else the phrase itself."""
    figures = ctx.quantities_in(start, end)
    if not figures:
        return None
    raw = _date_between(start, figures[0].start, ctx)
    if raw is None:
        return None
    own = next((d for d in ctx.dates_in(start, figures[0].start) if ctx.governs(d)), None)
    if own is not None and _from_value(own, q.start, ctx):
        return None   # 从2010年的671.1亿元增加到…；一般公共预算收入由40.6亿元…: the year was that level's
    first = figures[0]
    if first.period and _is_stock(first, ctx) == _is_stock(q, ctx):
        return first.period
    # 生猪年末存栏98931头…；生猪出栏129187头: a stock's year-end is no flow's period
    as_of = _is_stock(first, ctx) and _AS_OF.search(ctx.body, start, first.start)
    return None if as_of and _is_flow(q, ctx) else raw


def _whole_date(start: int, end: int, q: Quantity, ctx: _Context) -> str | None:
    """The time phrase of the figure a breakdown's item breaks down: the first in
    ``[start, end)`` in the same unit (其中：在建项目185项 ↔ 2023年县级重点项目共530项),
    else the last before ``end``; without one, the period that figure took."""
    whole = next((w for w in ctx.quantities_in(start, end) if w.unit == q.unit), None)
    if whole is not None and whole.period and _to_date_point(whole, ctx):
        return whole.period   # 截至10月底，…累计完成…75.74亿元…。其中，国家投资累计完成53.1亿元: so far this year
    found = _date_between(start, whole.start if whole else end, ctx)
    if found is None and whole is None and _event_ref().match(ctx.body, start):
        # 此次签约的4个项目…。其中，…项目，总投资5.5亿元: the event's items, of the event's figure's day
        whole = next(iter(ctx.quantities_in(start, end)), None)
    # 此次集体开工的项目共有21个…。其中，汽配项目5个: with no phrase of its own, the whole's period
    return found or (whole.period if whole else None)


def _to_date_point(whole: Quantity, ctx: _Context) -> bool:
    """Whether ``whole``, a flow counted up to a point (截至10月底…累计完成), took the stretch from
    the year's start to that point as its period."""
    period = whole.period or ""
    return _YEAR_TO_MONTH.fullmatch(period) is not None and any(
        d.iso == period[-7:] for d in ctx.dates_in(ctx.sentence(whole.start)[0], whole.start))


#: A stretch from a year's start to one of its months (2012-01/2012-10).
_YEAR_TO_MONTH = re.compile(r"(\d{4})-01/\1-\d{2}")


def _broken_down_date(start: int, q: Quantity, ctx: _Context) -> str | None:
    """A figure after a 其中 inside its own sentence (…1-6月累计完成投资362.32亿元，其中：
    在建项目185项…): its own time phrase after the 其中, else that of the figure it
    breaks down; None when no 其中 stands between the sentence start and the figure."""
    inline = _inline_breakdown(start, q.start, ctx)
    if inline is None:
        return None
    return _date_between(inline, q.start, ctx) or _whole_date(start, inline, q, ctx)


def _inline_breakdown(start: int, end: int, ctx: _Context) -> int | None:
    """Where a breakdown word opens a clause inside the sentence ``[start, end)``
    (…，其中：…), the last if several do, else None."""
    marks = ctx.breakdown_marks
    k = bisect_right(marks, end - 1) - 1
    return marks[k] if k >= 0 and marks[k] > start else None


#: How many items of a breakdown, at most, are walked back to find its 其中.
_BREAKDOWN_ITEMS = 12


def _since(d: DateMention, end: int, ctx: _Context) -> str | None:
    """自2009年实施…项目以来: from that time to the article's date, even with words
    between the time and 以来."""
    if ctx.today is None or d.iso is None or "/" in d.iso:
        return None
    if ctx.body[max(0, d.start - 1):d.start] not in ("自", "从"):
        return None
    clause_end = min((i for i in (ctx.body.find(c, d.end, end) for c in "，；。") if i >= 0), default=end)
    if ctx.body.find("以来", d.end, clause_end) < 0:
        return None
    if len(d.iso) == 10:               # 自9月1日开学以来: day to day
        return f"{d.iso}/{ctx.today.isoformat()}"
    first = d.iso if len(d.iso) == 7 else f"{d.iso[:4]}-01"
    return f"{first}/{ctx.today.isoformat()[:7]}"


#: How far back in its phrase a comparison's 比 may stand before a later base joined to it.
_BASE_REACH = 16


#: How far a progress share's figure may stand after the plan's word (目标的45.4%).
_PROGRESS_CUE_GAP = 4
#: A plan a progress share is measured against, right after its year (完成全年计划目标的45.4%), and
#: the verbs before it (:data:`_PROGRESS` is built of both).
_PLAN_NOUNS = "(?:目标|任务|计划|预算)"
_PLAN_OF_PROGRESS = re.compile(_PLAN_NOUNS)
_PROGRESS_VERBS = ("占", "完成", "为")


#: What ends a change told from one time to another (由2月下降6.5%转为6月增长3.8%): the time after
#: it is the later figure's own, no base.
_TURNED_TO = ("转为", "变为")


def _governs(d: DateMention, ctx: _Context) -> bool:
    words = _words()
    if d.kind in ("vague", "time"):
        return False
    before = ctx.body[max(0, d.start - 3):d.start]
    if (before.endswith(words.base_before) and not before.endswith(_TURNED_TO)) \
            or ctx.body.startswith(words.base_after, d.end) or words.base_change.match(ctx.body, d.end):
        return False
    built = words.built_before.match(ctx.body, d.end)
    if built and (built.group("attributive") or _in_the_past(d, ctx)):
        # 2005年底前建成的老旧小区近108个, 2005年12月31日前建成使用…的184个: when they were
        # built, not counted (a deadline ahead, 2025年底前建成, is a plan's period)
        return False
    if _RECORD_BEFORE.search(ctx.body, max(0, d.start - 3), d.start):
        return False   # 增长15.4%创近十年里各季度最高增速: the record's window, not the figures' period
    if ctx.body.startswith(words.carried_over, d.end):
        return False   # 上年结转5.45亿元 among 2023's revenue: the item carried from that year
    if _PLAN_OF_PROGRESS.match(ctx.body, d.end) and ctx.body.endswith(_PROGRESS_VERBS, 0, d.start):
        return False   # 完成全年计划目标的45.4%，增长13.7%: the plan's year, not the figures' period
    if d.text.endswith(_YEAR_START) and _SET_AIMS.match(ctx.body, d.end):
        return False   # 增幅均好于年初预期, 年初七项主要经济指标的预期: when the aims were set
    if words.momentum.search(ctx.body, max(0, d.start - _MOMENTUM_REACH), d.start) \
            and words.momentum_nouns.match(ctx.body, d.end):
        return False   # 全县经济延续一季度较快增长势头: whose pace goes on, not the figures' period
    if _in_event_name(d, ctx):
        return False   # 举行2020年…第四季度系列集中活动，59个项目…: the event's name, the day's figures
    # 分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点: a later base of the same 比
    window = ctx.body[max(0, d.start - _BASE_REACH):d.start]
    phrase = window[max(window.rfind(c) for c in "，。；,;") + 1:]   # (增速比1至2月、一季度分别提高: past the 、)
    return words.joined_base.search(phrase) is None


def _stock_lead(start: int, end: int, ctx: _Context) -> str | None:
    """The time phrase an earlier sentence opens with, as the as-of date of later stocks; but a
    day before the posting that an event was held on (5月16日，成功举办了…西瓜文化节) dates the event
    only: what stands after it (现有食用菌菇棚1万余座) stands on the story's or the posting's day."""
    found = _opening_date(start, end, ctx, points=True)
    if found and len(found) == 10 and ctx.today is not None and found != ctx.today.isoformat() \
            and any(w in ctx.body[start:end] for w in _words().event_verbs) \
            and not any(w in ctx.body[start:end] for w in _words().learned):
        return None
    return found


#: What sets a record right before the span it is a record of (创近十年里…最高, 创下2010年以来新高).
_RECORD_BEFORE = re.compile(r"(?:创|创下|创出)$")


def _flow_lead(start: int, end: int, ctx: _Context) -> str | None:
    """The time phrase an earlier sentence opens with, as the lead of later flows; but
    全年粮食产量9.4万吨 in a release on 1-9月 speaks of its own figures only: a whole year in
    an article reporting on part of it leads nothing; nor does a breakdown's month that ends
    its sentence (1—5月份，…下降0.8%。其中，5月份当月增长6.2%。分行业看，35个…: 1—5月份)."""
    if ctx.body.startswith(_words().breakdown, start) and ctx.body[end - 1:end] == "。":
        return None
    found = _opening_date(start, end, ctx, points=False) or _looked_back(start, end, ctx)
    if found and len(found) == 10:
        found = _data_released(start, end, ctx) or found
        if any(d.iso == found and _after_as_of(d, ctx) for d in ctx.dates_in(start, end)):
            # 2018年，…接办的提案共有43件…。截至目前，有5件…解决。…接办的提案共计19件: a time counted
            # up to leads no flow after it when the paragraph opened with its own
            earlier = ctx.lead("flow-date", start)
            found = earlier if isinstance(earlier, str) else found
    reported = ctx.article_period
    if found and reported and len(found) == 4 and reported != found and reported.startswith(found) \
            and ctx.body.find(found + "年", start, start + _YEAR_OPENING_REACH) < 0:
        return None   # (2023年全县农作物总播种55.06万亩。小麦种植… : the year written leads its list)
    return found


def _looked_back(start: int, end: int, ctx: _Context) -> str | None:
    """从8个关键字里感受过去一年，…: a sentence looking back on a span just ended (过去一年, 一年来)
    leads the figures after it with that span."""
    for d in ctx.dates_in(start, end):
        if d.iso and d.text in _REVIEW_SPANS and _words().looked_back.search(ctx.body, start, d.start):
            return d.iso
    return None


#: The spans looked back on (过去一年, 一年来).
_REVIEW_SPANS = frozenset(wordlists.load("dates")["review_spans"])


def _data_released(start: int, end: int, ctx: _Context) -> str | None:
    """7月31日，随着徐州市2023年上半年数据的发布，…数据也全部出炉。具体来看，苏州市地区生产总值…: a
    sentence that opens with the day a stretch's data came out leads the figures after it with
    that stretch, not the day."""
    for d in ctx.dates_in(start, end):
        if d.iso and "/" in d.iso and _DATA_AFTER.match(ctx.body, d.end):
            return d.iso
    return None


#: What follows a stretch whose figures came out (2023年上半年数据, 上半年经济成绩单).
_DATA_AFTER = re.compile(r"[^，,。；;]{0,6}?(?:数据|成绩单|经济运行情况)")


#: How far into a sentence a year written in digits still opens it ((一)大农业情况。2023年全县…).
_YEAR_OPENING_REACH = 12


def _in_the_past(d: DateMention, ctx: _Context) -> bool:
    """Whether ``d`` ended years before the article's date."""
    return bool(d.iso and ctx.today and iso_bounds(d.iso)[1].year < ctx.today.year - 1)


def _in_event_name(d: DateMention, ctx: _Context) -> bool:
    """Whether ``d`` stands inside the name of an event its clause says was held (上虞区举行
    2020年“三个一批”大会战第四季度系列集中活动)."""
    start, end = ctx.phrase_start(ctx.sentence(d.start)[0], d.start, clause=True), ctx.clause_end(d.end)
    if not _words().event_name.search(ctx.body, start, d.start):
        return False
    rest = ctx.body[d.end:end].rstrip()
    return rest.endswith(_words().event_ends) and not any(c in rest for c in "，。；")


def _opening_date(start: int, end: int, ctx: _Context, points: bool = True, as_of: bool = False) -> str | None:
    """A time phrase that opens the sentence ``[start, end)``, after at most a
    dateline or a source formula (本报4月21日讯 昨天，记者从区统计局获悉，一季度，…).
    Without ``points``, an as-of point (年末全市规上企业4289户) leads no flow; with
    ``as_of``, 截至 may stand before it (截至8月31日，…)."""
    first: str | None = None
    for d in ctx.dates_in(start, end)[::-1]:
        if not points and d.text.endswith(_words().as_of_ends):
            return None
        before = ctx.body[start:d.start]
        spans = [(o.start, o.end) for o in ctx.dates_in(start, d.start)] \
            + [(m.start, m.end) for m in ctx.places_in(start, d.start)]   # 平山县一季度，…
        for a, b in spans:
            before = before.replace(ctx.body[a:b], "")
        before = _words().preamble.sub("", before)
        if as_of or first is not None:   # 1月13日，记者…了解到，截至2021年1月12日10时，…: counted up to then
            before = before.removesuffix(next((w for w in _words().as_of_starts if before.endswith(w)), ""))
        if not _words().opening.fullmatch(before):
            return first
        if ctx.governs(d):
            if first is not None:
                return d.iso   # 8月9日，记者从大通县获悉，今年全县…: the story's own time phrase
            if not _FORMULA_AFTER.match(ctx.body, d.end):
                return _narrowed_after(d, end, ctx)
            first = d.iso      # the day the reporter learned it; a time phrase may follow the formula
    return first


def _narrowed_after(d: DateMention, end: int, ctx: _Context) -> str | None:
    """2022年湖北一季度全省地区生产总值…: a year split from the part of it that follows by
    only a place is that part."""
    if d.iso is None or len(d.iso) != 4:
        return d.iso
    later = ctx.dates_in(d.end, end)   # (nearest to the end first: the last is the first after d)
    after = later[-1] if later else None
    if after is None or not after.iso or after.iso[:4] != d.iso or len(after.iso) == 4:
        return d.iso
    between = ctx.body[d.end:after.start]
    for m in ctx.places_in(d.end, after.start):
        between = between.replace(m.text, "")
    return after.iso if between == "" and ctx.governs(after) else d.iso


#: A source formula right after a day (8月9日，记者从大通县获悉，…).
_FORMULA_AFTER = re.compile(r"[，,]?\s*(?:记者[^，。]{0,24}?(?:获悉|了解到|得知)|据[^，。]{0,12}?(?:介绍|了解|悉))[，,]")


def _after_as_of(d: DateMention, ctx: _Context) -> bool:
    """截至8月31日, 截至3月末, 至9月份止: a time counted up to."""
    return d.text.startswith(_words().as_of_starts) or ctx.body[max(0, d.start - 3):d.start].endswith(
        _words().as_of_starts) or (ctx.body[d.start - 1:d.start] == "至" and ctx.body.startswith("止", d.end))


def _as_of_count(start: int, end: int, ctx: _Context) -> tuple[str, frozenset[str]] | None:
    """An as-of point opening the sentence ``[start, end)`` that counts stocks (年末全区共有
    基本单位5765个), or a day counted up to that counts things done (截至8月31日，圆满完成
    34件建议): the point and the units counted. A later figure of the paragraph in one of
    those units, with no time phrase of its own, is counted at that point too (其中…。
    “四上”企业法人单位331个)."""
    iso = _opening_date(start, end, ctx, points=True, as_of=True)
    if iso is None or not any(d.iso == iso and (d.text.endswith(_words().as_of_ends) or _after_as_of(d, ctx))
                              for d in ctx.dates_in(start, end)):
        return None
    units = frozenset(q.unit for q in ctx.quantities_in(start, end)
                      if q.unit and (_is_stock(q, ctx) or (q.unit_kind == "count" and len(iso) == 10)))
    return (iso, units) if units else None


def _span_referred(start: int, ctx: _Context) -> str | None:
    """这是凝心聚力、奋勇争先，综合实力显著增强的五年。: a sentence pointing back to the span
    of years a review named before (过去五年) gives that span to its paragraph."""
    m = _SPAN_REFERENCE.match(ctx.body, start)
    if m is None:
        return None
    return next((d.iso for d in ctx.dates_in(0, start)
                 if d.iso and _year_range(d.iso) and d.text.endswith(m.group("n") + "年")), None)


#: 这是…的五年 opening a sentence: the span of years named before.
_SPAN_REFERENCE = re.compile(r"[ \u3000]*这是[^。！？\n]{0,60}的(?P<n>[两三四五六七八九十])年[。！]")


def _topic_year(start: int, end: int, ctx: _Context) -> str | None:
    """This year as the topic of a clause of the sentence ``[start, end)``, after at most
    the place it is of (我镇今年的招商工作做到早布局…。一是上报项目1个): the year the
    paragraph's figures after it are of."""
    for d in ctx.dates_in(start, end):
        if d.text not in _words().topic_years or not d.iso:
            continue
        clause = ctx.phrase_start(start, d.start, clause=True)
        before = _words().preamble.sub("", ctx.body[clause:d.start]).strip(_SENTENCE_PADDING)
        if not before or any(m.end == d.start and ctx.body[m.start:m.end] == before
                             for m in ctx.places_in(clause, d.start)):
            return d.iso
    return None



def _span_ahead(start: int, q: Quantity, ctx: _Context) -> str | None:
    """用3至5年时间 / 今后5年 written as a duration: it and the figures after it in the
    sentence, but for one with a time phrase of its own in its clause, hold from the article's
    date to the span's far end."""
    if ctx.today is None:
        return None
    span = ctx.span_ahead(start)
    if span is None or span.end > q.end:
        return None   # figures do not overlap: a later span ends later still
    if span is not q and ctx.dates_in(max(span.end, ctx.phrase_start(start, q.start, clause=True)), q.start):
        return None   # …用两年时间…，2020年底实现全市100%的自然村通硬化路: its own time phrase
    if span is q and not ctx.body.endswith(_words().span_ahead, max(start, q.start - 2), q.start):
        return None   # 刚刚建设才两年多时间: no word of a span ahead before the duration itself
    years = int(span.value_max or span.value)
    try:
        end = ctx.today.replace(year=ctx.today.year + years)
    except ValueError:          # 29 February
        end = ctx.today.replace(year=ctx.today.year + years, day=28)
    return f"{ctx.today.isoformat()}/{end.isoformat()}"


def _looks_ahead(other: Quantity, start: int, body: str) -> bool:
    """Whether ``other`` is a span of years ahead (用3至5年, 5年内), in a sentence from ``start``."""
    if other.unit != "年" or other.unit_kind != "duration" or other.value > _LONGEST_AHEAD:
        return False   # 经过两千年发展: a history, no years ahead
    before = body[max(start, other.start - 2):other.start]
    # 近5年内, 过去3年时间 and 1994年以来的7年多时间内 are years already past
    return before.endswith(_words().span_ahead) or (
        body.startswith(("内", "时间"), other.end) and not before.endswith(("近", "过去", "前", "来的", "以来")))


#: The longest span of years a plan looks ahead (到2050年 is 30 years from 2020).
_LONGEST_AHEAD = 50


def _is_stock(q: Quantity, ctx: _Context) -> bool:
    """A figure that holds at a date (已建成基站120座, 占地1.5平方公里, 余额) rather than
    over a period: without a time phrase of its own it takes the article's date."""
    nature = catalogue().nature(q.indicator)
    if nature is not None:
        return nature == "stock"   # 城镇常住居民人均可支配收入: 常住 says whose income, a flow
    start = ctx.sentence(q.start)[0]
    # within the figure's phrase: 播种面积504万亩，夏粮产量227.2万吨 — 面积 is the area's cue, not the yield's
    lead = ctx.body[max(ctx.phrase_start(start, q.start), q.start - 12):q.start]
    if "面积" in lead:   # 早稻播插面积6.8万亩 in a release on 上半年: sown in it, a flow
        lead = _words().season_areas.sub("", lead)
    if q.unit_kind == "percent" and _CUMULATIVE_GROWTH.search(lead):
        return False   # 累计比增8.4%, 累计增长: the growth of a flow so far this year
    if lead.endswith(_words().vital_events):
        return False   # 出生人口2257人: born over the year, a flow (not 人口23万, how many live there)
    if q.unit_kind == "percent" and _RATE_NAMED.search(lead):
        return False   # 产能利用率为76.8%: a rate over the stretch, whatever stock its name holds
    if _words().stock_cues.search(lead) is not None or _PROJECT_TOTAL.search(lead):
        return True
    before = ctx.quantities_in(start, q.start)
    # 全市共储备项目1022个，总投资3707亿元: the projects' total, held as they are
    return bool(before) and _TOTAL_OF_THE_COUNT.fullmatch(ctx.body, before[-1].end, q.start) is not None \
        and before[-1].unit_kind == "count" and _is_stock(before[-1], ctx)


#: A named project's total investment (康师傅矿物质水项目总投资1.2亿元): the project's size, held as
#: it stands, not spent over a stretch.
_PROJECT_TOTAL = re.compile(r"项目(?:计划)?总投资(?:额)?(?:约|达到|达|为)?$")
#: The projects' total investment told right after their count (…1022个，总投资).
_TOTAL_OF_THE_COUNT = re.compile(r"[，,](?:计划)?总投资(?:额)?(?:达到|达|为|约)?")


#: A rate of use right before its figure (产能利用率为): how much of a capacity was used over a stretch.
_RATE_NAMED = re.compile(r"利用率(?:为|是|达到|达)?$")


#: 累计 right before a word of growth (累计比增, 累计同比增长): a flow's growth to date.
_CUMULATIVE_GROWTH = re.compile(r"累计(?:同比|比)?(?:增长|增|下降)$")


def _headings(ctx: _Context) -> list[tuple[int, int, str | None]]:
    """(position, rank, period) of each heading line: 一、2013年工作回顾. Headline
    lines before the first paragraph rank lowest (10): their time phrase (上半年到位
    市外资金…) governs flows only."""
    out: list[tuple[int, int, str | None]] = []
    body = ctx.body
    line_starts = [0, *(m.end() for m in re.finditer("\n", body))]
    in_headline = True
    headings = _words().headings
    for start in line_starts:
        end = body.find("\n", start)
        raw = body[start:end if end >= 0 else len(body)]
        line = raw.strip()
        cut = credit_start(line) if not out and in_headline else -1
        if cut >= _JOINED_HEADLINE_MIN and not _SENTENCE_PUNCT.search(line, 0, cut):
            line = line[:cut]   # the headline before a byline joined to it (…综述本报记者 王明)
            end = start + len(raw) - len(raw.lstrip()) + cut
        if not line or DATE_LINE.match(line) or is_credit_line(line) or is_source_line(line):
            continue   # a date alone on its line, or 来源/发布时间, is the page's date, no period reported on
        marker = headings.match(line)
        rank = int(marker.lastgroup[1:]) if marker and marker.lastgroup else None
        # a first line with a comma but no full stop, short, is still a headline (实现地区生产总值
        # 744.94亿元，同比增长6.3%)
        titled = not out and in_headline and not _SENTENCE_PUNCT.search(line.replace("，", ""))
        # a headline, its subtitle and byline run together when wrapped lines were joined (工业强基
        # 在松花江畔书写振兴新篇——吉林市上半年…综述本报记者…): a first line with no punctuation but
        # commas (…经济持续高位运行工业投资七成以上来自新开工项目，高技术制造业为增长最快板块)
        joined = titled and len(line) <= 2 * HEADLINE_MAX
        if rank is None and ((len(line) > 30 and not joined) or (_SENTENCE_PUNCT.search(line) and not titled)):
            in_headline = False
            continue
        line_end = end if end >= 0 else len(body)
        # a numbered paragraph (2、工业经济快速发展。200万吨…3月份正式发电…): its heading is its
        # first sentence, and only that names the section's period
        stop = body.find("。", start, line_end)
        line_end = stop if stop >= 0 else line_end
        period = next((d.iso for d in ctx.dates_in(start, line_end)[::-1]
                       if d.kind not in ("vague", "time") and ctx.governs(d)), None)
        if rank is not None:                 # a numbered section heading
            period = _review_year(period, ctx.today)
        plan = None if in_headline else _plan_reviewed_heading(body[start:line_end], ctx.today)
        if plan is not None:   # “十三五”时期工作回顾: a report's part, above its (一)…
            period, rank = period or plan, 0 if rank is None else rank
        out.append((start, rank if rank is not None else (10 if in_headline else 9), period))
    return out


_SENTENCE_PUNCT = re.compile("[。；！？，]")
_JOINED_HEADLINE_MIN = 8   # the shortest headline read before a byline on its line


def _review_year(period: str | None, today: date | None) -> str | None:
    """A heading's 2019年以来 in a report of 2020 (一、2019年以来工作回顾) heads the review
    of 2019: its figures are that year's."""
    first = (period or "").partition("/")[0]
    if period and today and "/" in period and first[:4] == str(today.year - 1) \
            and first in (first[:4], f"{first[:4]}-01-01"):   # 2019/… or 2019-01-01/…: from the year's start
        return period[:4]
    return period


def _article_period(ctx: _Context) -> str | None:
    """The period an article reports on: the one governing its first figures, when
    that has ended (一季度，温江区实现地区生产总值… in a release on the first quarter; a
    day's statistics reported the day after); none for news of a day (今天上午…开工项目28个)."""
    headline_end = -1 if ctx.headline_end is None else ctx.headline_end
    after = [q for q in ctx.quantities if q.start > headline_end]
    first_paragraph = ctx.paragraph_of[ctx.index(after[0].start)] if after else None
    if ctx.headline_end is not None and any(q.start < headline_end for q in ctx.quantities):
        # a headline with figures of its own (集中开工项目10项 总投资28.3亿元): the lead is the
        # paragraph under it, figures or none
        below = bisect_right(ctx.starts, headline_end)
        first_paragraph = ctx.paragraph_of[below] if below < len(ctx.starts) else None
    # the lead paragraph's first figures; a later paragraph's 1—8月 is no article's period
    in_lead = [q for q in after if ctx.paragraph_of[ctx.index(q.start)] == first_paragraph]
    ctx.lead_paragraph = first_paragraph
    for first in in_lead[:_LEAD_FIGURES]:
        start, _ = ctx.sentence(first.start)
        found = _date_between(start, first.start, ctx, events=False)
        if found is not None and len(found) == 7 and _AS_OF.search(ctx.body, start, first.start):
            continue   # 2019年末常住人口11.44万人，其中城镇人口…: counts at the year's end, no period reported on
        if found is not None and (_years_since(found, ctx.today) or _many_years(found)):
            return None   # 2019年以来逐步对27个行政村实施…: a tally over years, for its sentence only
        if found is not None:
            # a day's statistics (统计数据显示，10月1日全省进港62201人) reported a day later
            day_counted = ctx.today is not None and found < ctx.today.isoformat() \
                and any(cue in ctx.body[start:first.start] for cue in _words().statistics_cues)
            if period_days(found) == 1 and (released := _release_named(found, ctx.body[start:first.start])):
                return released if _reported(released, ctx.today) else None
            return found if _reported(found, ctx.today) and (period_days(found) > 1 or day_counted) else None
        lead = ctx.lead("date", first.start)
        found = (lead if isinstance(lead, str) else None) or _heading_period(first.start, ctx)
        if found:
            # a day that opens the story (6月26日，记者走进…) dates a visit, not the figures
            return found if period_days(found) > 1 and _reported(found, ctx.today) else None
    return _figureless_opening(ctx, headline_end, first_paragraph)


def _release_named(day: str, before: str) -> str | None:
    """The months a lead's release name covers (7月20日,中卫经济“半年报”公布,全市实现…: January
    to June of that day's year), when it names one before its first figure."""
    months = next((n for name, n in _words().release_names if name in before), None)
    return None if months is None else f"{day[:4]}-01/{day[:4]}-{months:02d}"


def _figureless_opening(ctx: _Context, headline_end: int, first_paragraph: int | None) -> str | None:
    """The stretch that opens a lead paragraph with no figure of its own before the first
    one with figures, when no lead figure has a time phrase (上半年，缙云全县上下…大力实施三个
    “一号工程”… / 一、GDP同比增长6.4%): the period the article reports on, when it has ended."""
    k = bisect_right(ctx.starts, headline_end)
    if k >= len(ctx.starts) or first_paragraph is None or ctx.paragraph_of[k] >= first_paragraph:
        return None
    start, end = ctx.sentences[k]
    found = _opening_date(start, end, ctx, points=False)
    if found and ctx.today is not None and (found.endswith(ctx.today.isoformat()) or found == str(ctx.today.year)):
        # 今年以来，…全力以赴大抓经济。…，前三季度，西山区主要指标回升向好: the year so far opens
        # the lead; a stretch ended, named later in the lead, is the period reported on
        found = _stretch_in_lead(k + 1, first_paragraph, ctx) or found
    if not found or ctx.today is None or found.endswith(ctx.today.isoformat()):
        return None   # 在过去的一年里: the year up to the day, no stretch reported on
    return found if _DAYS_IN_YEAR >= period_days(found) > 1 and _reported(found, ctx.today) else None


def _stretch_in_lead(k: int, first_paragraph: int, ctx: _Context) -> str | None:
    """The first stretch of time (前三季度) that governs in the sentences from ``k`` before the
    paragraph with the first figures."""
    while k < len(ctx.sentences) and ctx.paragraph_of[k] < first_paragraph:
        found = next((d.iso for d in ctx.dates_in(*ctx.sentences[k])[::-1]
                      if d.iso and "/" in d.iso and ctx.governs(d)), None)
        if found:
            return found
        k += 1
    return None


#: The longest stretch an article may report on as its period.
_DAYS_IN_YEAR = 366


def _past_the_release(q: Quantity, ctx: _Context) -> bool:
    """Whether a figure stands after the lead paragraph of an article posted long after the
    period its lead reports on (前三季度 in a story of 12月30日): the later paragraphs tell of
    the year's work up to the posting day, not of that period."""
    if ctx.article_period is None or ctx.today is None or ctx.lead_paragraph is None \
            or not ctx.article_period.startswith(f"{ctx.today.year}-"):
        return False   # a year reviewed (2020年度…考核, posted in 2021) is the whole story's
    try:
        ended = iso_bounds(ctx.article_period)[1]
    except ValueError:
        return False
    return (ctx.today - ended).days > _RELEASE_LAG \
        and ctx.paragraph_of[ctx.index(q.start)] > ctx.lead_paragraph


#: How many days after its period a release is still about it alone.
_RELEASE_LAG = 80


def _title_period(ctx: _Context, title: str) -> str | None:
    """The months a title says its text reports on, when the lead names none (重庆市梁平区
    人民政府关于我区2022年1-6月国民经济和社会发展计划执行情况的报告): a stretch within one year
    of more than a month, ended by the day the text is posted."""
    at = ctx.body.find(title[:_TITLE_PREFIX]) if title else -1
    if at < 0 or ctx.today is None:
        return None
    end = _line_end(ctx.body, at)
    if re.search("[，,。；;：:]", ctx.body[at:end]):
        return None   # a lead sentence standing in for a headline (9月7日,县长带领2021年上半年…观摩组…)
    for d in ctx.dates_in(at, end):
        if d.iso and "/" in d.iso and d.iso[:4] == d.iso.partition("/")[2][:4] \
                and period_days(d.iso) > _MONTH_DAYS and _reported(d.iso, ctx.today):
            return d.iso
    return None


def _titled_year(ctx: _Context, title: str, found: str | None) -> str | None:
    """``found``, the period an article's lead reports on, or the whole year its title names
    alone when that holds it (2023年林周县经济社会发展态势良好 over a lead on 前三季度): the
    article is about the year, its lead's part only the first of its figures."""
    at = ctx.body.find(title[:_TITLE_PREFIX]) if title and found else -1
    if at < 0 or found is None:
        return found
    end = at + len(title.rstrip(TITLE_CUT))
    if ctx.body[end:end + 1] in ("，", ",", "、", "；", ";"):
        return found   # 今年以来武进区七大行业趋优发展,1-9月…: a title taken from the lead's first clause
    named = [d.iso for d in ctx.dates_in(at, end) if d.iso]
    return named[0] if len(named) == 1 and len(named[0]) == 4 and found[:4] == named[0] \
        and found.startswith(named[0] + "-") and "/" in found else found


#: More days than any month has: a title's stretch must be longer (1-6月, 上半年, 前三季度).
_MONTH_DAYS = 31


def _story_day(ctx: _Context, title: str = "") -> str | None:
    """The day a story reports, when its first sentence opens with a day shortly before
    its posting (9月7日,县长带领观摩组到杨集镇…, posted 9月10日): what the story saw that
    day (a project's 总投资, its 占地) holds on it, not on the posting day."""
    if ctx.today is None:
        return None
    headline_end = ctx.headline_end or 0
    if title and ctx.body.lstrip().startswith(title[:_TITLE_PREFIX]):   # the headline's own year names no day
        headline_end = max(headline_end, _line_end(ctx.body))
    today = ctx.today.isoformat()
    first = next((d for d in ctx.dates if d.start >= headline_end
                  and not (d.iso and d.iso[:10] == today and _on_date_line(d.start, ctx.body))), None)
    if first is None or first.iso is None or len(first.iso) != 10:
        return None
    start, end = ctx.sentence(first.start)
    before = ctx.body[start:first.start].strip(_SENTENCE_PADDING)
    if first.relative and first.iso > today and (not before or _SOURCE_FORMULA.fullmatch(before)):
        return _earlier_story_day(first.iso, ctx)   # a dateline later in the year than the posting
    if before and not (_SOURCE_FORMULA.fullmatch(before) and any(
            w in ctx.body[first.end:end] for w in (*_words().event_verbs, *_words().learned))):
        return None   # …讯 记者… 报道 4月23日上午,金华婺城…举行…开工仪式: the formula is no text
    above = ctx.body[headline_end:start].strip("\n").split("\n")
    if first.start > headline_end + _STORY_DAY_REACH and (
            len(above) > _STORY_DAY_LINES or any(len(line) > _STORY_DAY_REACH for line in above)):
        return None   # far in, past more than a date line and a photo caption
    gap = (ctx.today - date.fromisoformat(first.iso)).days
    return first.iso if 0 < gap <= _STORY_DAY_DAYS else None


def _as_of_title(ctx: _Context) -> str | None:
    """The day a title says its table or report stands at (…项目进展情况表(截至5月31日), posted
    on 6月27日): what stands now in it (目前已全面完工, a road's length) holds on that day."""
    if ctx.today is None:
        return None
    line_end = _line_end(ctx.body)
    for d in ctx.dates_in(0, line_end):
        if d.iso and len(d.iso) == 10 and d.iso <= ctx.today.isoformat() \
                and ctx.body[max(0, d.start - 3):d.start].endswith(_AS_OF_MARKS):
            return d.iso
    return None


#: What before a title's day says the title's text stands at it (截至5月31日).
_AS_OF_MARKS = tuple(wordlists.load("dates")["asof_prefixes"])


def _earlier_story_day(day: str, ctx: _Context) -> str | None:
    """本报讯 10月12日，…检查组对我市今年经济工作…督导检查, posted on 2016-04-02 (a portal's copy):
    a story day later in the year than its posting is of an earlier year, the latest the text
    names (…2013年1—8月经济工作…), else the year before."""
    assert ctx.today is not None
    years = [int(d.iso[:4]) for d in ctx.dates if not d.relative and d.iso and d.iso[:4].isdigit()
             and int(d.iso[:4]) < ctx.today.year]
    year = max(years, default=ctx.today.year - 1)
    try:
        return date(year, int(day[5:7]), int(day[8:10])).isoformat()
    except ValueError:
        return None   # 2月29日 of a year without it


#: A source formula with its credits before a story's opening day (本网讯 (记者 张再行),
#: 中国经济导报、中国发展网讯 记者沈贞海 通讯员周垚浙江报道).
_SOURCE_FORMULA = re.compile(r"[^，。,\n]{0,40}?(?:讯|电|报道)[ \u3000]*(?:[（(][^）)]{0,30}[）)])?"
                             r"(?:[^，。,\n（(]{0,30}?报道)?")


def _issue_day(ctx: _Context) -> str | None:
    """The day a document dated in brackets under its title was issued ((2025年11月19日) under
    …提案办理情况汇报 / 宁县人民政府办公室), shortly before its posting: what it tells
    (至目前…25件) holds on that day."""
    if ctx.today is None:
        return None
    head = ctx.body[:_ISSUE_REACH]
    for m in _ISSUE_LINE.finditer(head):
        issued = next((d.iso for d in ctx.dates_in(m.start(), m.end()) if d.iso and len(d.iso) == 10), None)
        if issued:
            gap = (ctx.today - date.fromisoformat(issued)).days
            return issued if 0 < gap <= _STORY_DAY_DAYS else None
    return None


#: A full date in brackets alone on its line, and how far into a body it may stand.
_ISSUE_LINE = re.compile(r"(?m)^[ \t\u3000]*[（(](?:19|20)\d{2}年\d{1,2}月\d{1,2}日[）)][ \t\u3000]*$")
_ISSUE_REACH = 120


def _learned_that_day(ctx: _Context) -> bool:
    """Whether the story's opening sentence, the one its day opens, tells what a reporter
    learned on a day it names (7月27日，记者从天津经开区了解到，…): its 目前 is that day too."""
    day = next((d for d in ctx.dates if d.iso == ctx.story_day), None)
    if day is None or not re.search("[0-9０-９〇一二三四五六七八九十]日", day.text):
        return False   # 昨日，记者从省统计局了解到…截至目前: a daily's 目前 is its press day
    end = ctx.sentence(day.start)[1]
    return any(cue in ctx.body[day.end:end] for cue in _words().learned)


def _line_end(text: str, pos: int = 0) -> int:
    """Where the line holding ``pos`` ends: its newline, or the text's end on the last line."""
    return text.find("\n", pos) % (len(text) + 1)


def _on_date_line(pos: int, text: str) -> bool:
    """Whether ``pos`` stands on a line of the page's own furniture, one with no sentence in
    it (时间:2022-07-28 10:21 来源:天津日报)."""
    start = text.rfind("\n", 0, pos) + 1
    end = _line_end(text, pos)
    return not re.search("[，,。；;]", text[start:end])


@cache
def _clock_only() -> re.Pattern[str]:
    """A time of day with no day of its own (下午1时30分, 9:00)."""
    parts = "|".join(wordlists.load("dates")["times_of_day"])
    return re.compile(f"(?:{parts})?" + r"\s*\d{1,2}\s*[时点:：]\s*(?:\d{1,2}\s*分?|半)?")


def _to_story_day(dates: Sequence[DateMention], ctx: _Context) -> None:
    """Relative dates read against the posting day, read again against the story's day
    (10月16日上午，我县举行…开工仪式。…今天集中开工的8个重点项目): 今天 is that day (and 目前,
    when a reporter learned the story's facts that day), a span up
    to today ends on it (2022年以来, in a story of 12月28日 posted on 1月3日), and 今年 across
    the new year is the story's year."""
    if ctx.today is None or ctx.story_day in (None, ctx.today.isoformat()):
        return
    story, today = str(ctx.story_day), ctx.today.isoformat()
    learned = ctx.learned_on_story_day or _learned_that_day(ctx)   # or a document's issue day
    now_words = _words().today_words | (_words().now_words if learned else frozenset())
    for d in {id(d): d for d in dates}.values():
        if (d.text in now_words or _clock_only().fullmatch(d.text)) and d.iso == today:
            d.iso = story   # 今天; 下午1时30分，大会…开幕: a clock with no day of its own
        elif d.iso and d.iso.endswith("/" + today) and d.iso[:10] <= story:
            d.iso = d.iso[:-10] + story
        elif d.text == "今年" and d.iso == str(ctx.today.year):
            d.iso = story[:4]
        elif d.relative and d.iso and story[:4] < today[:4] and d.iso.startswith(today[:4]) \
                and d.text not in _RELATIVE_DAYS and d.text not in _words().now_words:
            # 1—8月 in a story of an earlier year than its posting (_earlier_story_day); 昨天
            # still counts from the posting day
            d.iso = d.iso.replace(today[:4], story[:4])


def _to_reported_month(dates: Sequence[DateMention], ctx: _Context) -> None:
    """本月 in a release on 1-10月 posted in December (本月工业投资增速有所回落): the last month the
    release reports on, not the posting month."""
    reported, today = ctx.article_period, ctx.today
    if not reported or today is None or len(reported) != _MONTH_SPAN_CHARS or reported[:4] != str(today.year):
        return
    last, posted = reported[8:], today.isoformat()[:7]
    if last >= posted:
        return
    for d in {id(d): d for d in dates}.values():
        if d.text in _THIS_MONTH and d.iso == posted:
            d.iso = last


#: The words for the month an article is written in (本月, 这个月), and how a span of months is written (2025-01/2025-10).
_THIS_MONTH = frozenset(w for w, n in wordlists.load("dates")["relative_months"].items() if n == 0)
_MONTH_SPAN_CHARS = len("2025-01/2025-10")


def _day_of(start: int, ctx: _Context) -> str | None:
    """The day a figure with no time phrase holds on: the story's day (:func:`_story_day`),
    but the posting day for a sentence that opens with the article's own place (瓜州县地处…,
    县境东西长185公里; 近年来，全县先后入驻风电企业21家), which describes the place as it
    stands, not what the story saw."""
    if ctx.today is None or ctx.story_day == ctx.today.isoformat():
        return ctx.story_day
    if ctx.learned_on_story_day is None:   # once the story day's dates are read against it
        ctx.learned_on_story_day = _learned_that_day(ctx)
    if ctx.learned_on_story_day:
        return ctx.story_day   # 3月13日，记者从区招商中心获悉: all it tells holds that day
    if _REPLY_OPENING.search(ctx.body, 0, _REPLY_REACH):
        return ctx.today.isoformat()   # 现答复如下：…5月16日，成功举办了…；现有菇棚1万余座: as the reply stands
    if ctx.body.startswith(_OPENING_QUOTE, start) or ctx.body.startswith(_words().story_continuers, start):
        # “松江新城面积为158.4平方公里…: what was said on the story's day; 此外，陇县…: more of it
        return ctx.story_day
    end = ctx.sentence(start)[1]
    m = next((m for m in reversed(ctx.places_in(start, end)) if m.start < start + _OPENING_REACH), None)
    home = m is not None and ctx.home is not None and _place_of(m, ctx) == ctx.home
    return ctx.today.isoformat() if home else ctx.story_day


#: A reply's or letter's opening (现答复如下：, 现将办理情况答复如下, 复函如下), and how far into a
#: text it may stand: what the reply tells stands on the day it is posted, not a day it names.
_REPLY_OPENING = re.compile(r"(?:答复|复函|函复)如下[：:]")
_REPLY_REACH = 300

#: How far into a sentence (characters) a place may stand and still open it (近年来，全县…).
_OPENING_REACH = 6


#: How much of a title the body must open with to be taken as its headline line.
_TITLE_PREFIX = 8

#: How far into the body (characters) a story's opening day may stand, and how many
#: days before the posting it may be.
_STORY_DAY_REACH = 40
_STORY_DAY_DAYS = 31
#: How many short lines (a date line, a photo caption) may stand between a headline and the
#: story's opening sentence.
_STORY_DAY_LINES = 3


#: An as-of time phrase: a year's or month's end (年末, 年底, 月末, 末).
_AS_OF = re.compile("[末底]")


def _reviewed_year(ctx: _Context, title: str = "") -> str | None:
    """The year an article looks back on, so that a figure with no time phrase is of it:
    the past year it opens with (2015年，面对…) or its title names (玉环市2019年…统计公报,
    posted in 2021; see :func:`~extractors.dates.context.title_year`); or, early in the next year (东北网1月15日电
    …2006年市财政收入达到了84.4亿元…去年一年…), in January or February, last year when the
    text names it at least twice and this year only as its own date."""
    opened = reviewed_past_year(ctx.body, ctx.today, title)
    if opened is not None:
        return str(opened)   # 2015年，面对…: a 2015 bulletin, posted in 2023
    first = ctx.body[:_line_end(ctx.body)]
    subtitle = first[first.find(_SUBTITLE_DASH):] if _SUBTITLE_DASH in first else ""
    plan = _plan_reviewed(title + subtitle, ctx.today)   # (——…“十一五”…综述: a subtitle the title lost)
    if plan is not None:
        return plan
    yearbook = _YEARBOOK.search(ctx.body, 0, _YEARBOOK_REACH)
    if yearbook is not None:
        return str(int(yearbook.group("year")) - 1)   # 《中山年鉴•2020》 records 2019
    if _year_account(ctx, title):
        return str(ctx.today.year) if ctx.today else None
    if ctx.today is None or ctx.today.month > _REPORT_MONTHS:
        return None
    last, this = str(ctx.today.year - 1), str(ctx.today.year)
    head = ctx.body[:_CONGRESS_REACH]
    if any(w in head for w in _words().congress) and any(w in ctx.body for w in _words().congress_story):
        return last   # 人民代表大会…开幕…市长作政府工作报告: the report's review of last year
    if ctx.today.month > _REVIEW_MONTHS:
        return None
    named_last = sum(1 for d in ctx.dates if d.iso == last)
    names_this = any(d.iso and d.iso.startswith(this) and not _own_days(d.iso, ctx.today) for d in ctx.dates)
    return last if named_last >= 2 and not names_this else None


def _reviewed_for(stock: bool, ctx: _Context) -> str | None:
    """The reviewed year, for a figure with no time phrase of its own; a stock in a review of a
    plan's years (…“十四五”…答卷) holds on the article's day, not over them."""
    return None if stock and ctx.reviewed_year and "/" in ctx.reviewed_year else ctx.reviewed_year


#: What opens a subtitle line (——甘谷县“十一五”经济社会发展综述).
_SUBTITLE_DASH = "——"


def _plan_reviewed_heading(line: str, today: date | None) -> str | None:
    """The years of a five-year plan a section heading reviews (“十三五”时期工作回顾, in a report of
    2021): its figures with no time phrase are over them."""
    return _plan_reviewed(line, today) if any(w in line for w in _PLAN_REVIEW_WORDS) else None


#: Words of a heading that looks back over a plan's years (“十三五”时期工作回顾, “十二五”期间).
_PLAN_REVIEW_WORDS = ("回顾", "时期", "期间")


def _plan_reviewed(title: str, today: date | None) -> str | None:
    """The years of a five-year plan a title names, written in its last year or the next
    (甘谷县“十一五”经济社会发展综述, in January 2011): what the article reviews (2006/2010)."""
    if today is None or not title:
        return None
    for name, (first, last) in _words().plan_years.items():
        if name in title and last <= today.year <= last + 1:
            return f"{first}/{last}"
    return None


#: A yearbook named near a page's top (【文章来源】《中山年鉴•2020》): it records the year before
#: its own.
_YEARBOOK = re.compile(r"年鉴[ \u3000•·・.\-—]*(?P<year>(?:19|20)\d\d)(?!\d)")
_YEARBOOK_REACH = 200


def _year_account(ctx: _Context, title: str) -> bool:
    """Whether the article accounts for this year's work late in it: a title such as
    关于…提案办理情况的汇报, posted from October, that names this year or over a text opening
    with 今年 (今年我局共承办…)."""
    shown = title.rstrip(TITLE_CUT)   # a long headline is shown cut short
    line = ctx.body[:_line_end(ctx.body)] if shown and ctx.body.startswith(shown) else title
    if ctx.today is None or ctx.today.month < _ACCOUNT_MONTH or not (
            any(w in title for w in _words().year_account_titles)   # its author's line maybe run on
            or line.rstrip().endswith(_words().year_account_endings)):
        return False
    if f"{ctx.today.year}年" in line:
        return True   # 关于2020年朝阳区代表建议…办理情况的报告, posted in December: its year, named
    opening = ctx.body
    if shown and ctx.body.startswith(shown):
        line_end = ctx.body.find("\n", len(shown))
        opening = ctx.body[len(title) if ctx.body.startswith(title) else max(line_end, len(shown)):]
    # past its author's and date's lines (宁县人民政府办公室 / (2025年11月19日)), maybe run on
    lines = [line for line in opening[:_ACCOUNT_LEAD * 3].split("\n") if line.strip()]
    lead = next((line for line in lines if _CLAUSE_MARK.search(line)), "")
    lead = _LEADING_DAY.sub("", lead[:_ACCOUNT_LEAD], count=1)
    return _words().year_account_opening.match(lead) is not None


#: A day written at the start of a text (2024-12-04, 2024年12月4日), with blanks before it.
_LEADING_DAY = re.compile(r"^[\s\u3000]*(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?")


#: The month from which an account of this year's work reviews the year, and how far into
#: it (after its date line) its first paragraph may open.
_ACCOUNT_MONTH = 10
_ACCOUNT_LEAD = 40
#: A clause mark: a line under a title that holds one is text, not its author's or date's.
_CLAUSE_MARK = re.compile("[，。；,;]")


def _own_days(iso: str, today: date) -> bool:
    """Whether ``iso`` is a day of the article's own week: its date, or its dateline's day
    a little before (大众网青岛2月19日讯…今天上午, posted on the 20th)."""
    if len(iso) != 10:
        return False
    return -1 <= (today - date.fromisoformat(iso)).days <= _OWN_DAYS   # the issue a day after its dateline


#: How many days before its posting an article's own dateline may name.
_OWN_DAYS = 7


#: The months of a year in which its articles may look back on the year before.
_REVIEW_MONTHS = 2
#: The months in which congresses hear the work report on the year before.
_REPORT_MONTHS = 4
#: How far into a story of a congress the congress is named.
_CONGRESS_REACH = 300


def _years_since(period: str, today: date | None) -> bool:
    """Whether ``period`` runs from more than a year back up to ``today`` (2019年以来)."""
    return today is not None and period.endswith("/" + today.isoformat()) and period_days(period) > 366


#: How many of an article's first figures may name the period it reports on.
_LEAD_FIGURES = 4


#: How close to a period's end an article may report on it as over (a year reviewed in the
#: second half of December; on 1 December, 预计完成 is still a forecast).
_LATE_IN_PERIOD = timedelta(days=15)


def _reported(period: str | None, today: date | None) -> bool:
    """Whether an article of ``today`` can report on ``period``: it has ended, or
    ends within half a month (a year reviewed in late December)."""
    if period is None or today is None:
        return False
    return iso_bounds(period)[1] <= today + _LATE_IN_PERIOD


def _ended(period: str, today: date | None) -> bool:
    """Whether ``period`` was over before ``today``."""
    return today is not None and iso_bounds(period)[1] < today


def period_days(iso: str) -> int:
    start, end = iso_bounds(iso)
    return (end - start).days


def _heading_period(pos: int, ctx: _Context, stock: bool = False) -> str | None:
    rank_seen = 99
    above = bisect_right(ctx.heading_starts, pos)
    for _start, rank, period in reversed(ctx.headings[max(0, above - _HEADING_WALK):above]):
        if rank >= rank_seen:
            continue
        if rank == 10 and (stock or not _reported(period, ctx.today)):
            continue   # a headline's 2020年秋季学期 names an event; its 一季度 reports on one
        if period and not (ctx.today and period == ctx.today.isoformat() and ctx.story_day != period):
            # not the posting date on its own line under the headline (2025-05-30) of a story of
            # an earlier day (昨日下午，…会议举行): what the story tells holds on that day
            return period
        rank_seen = rank
    return None


# --- indicator, measure, target ---------------------------------------------

def _indicator(q: Quantity, ctx: _Context, before: Quantity | None) -> str | None:
    """The catalogue indicator a figure is: named by its counted noun (19家境内外上市
    公司), else by the subject phrase before it, else the one of the figure before
    when only filler stands between (第一产业增加值5.6亿元，增长8.1%). A new slice of a
    stock (新认定高新技术企业3200余家) or a subgroup's figure (民营企业出口) is none."""
    start = before.end if before else ctx.sentence(q.start)[0]
    # a figure listed after another (拉动GDP增长2.74、1.96、5.1个百分点) shares its clause's words
    lead_from = ctx.sentence(q.start)[0] if _only_joiners(ctx.body[start:q.start]) else start
    if _of_no_indicator(q, ctx, before, lead_from):
        return None
    paired = _paired_indicator(q, ctx)
    if paired is not None:
        if paired:
            ctx.raw_indicator[q.start] = paired
        return paired or None
    if _progress_against_plan(q, ctx, start, before):
        return None
    named = _named_indicator(q, ctx, start)
    if named is not None and _sector_of_another(q, named[0], ctx):
        return None
    if named is None and before is not None and ctx.raw_indicator.get(before.start):
        named = _carried_indicator(q, before, ctx) or _counterpart_indicator(q, before, ctx)
    if named is None:
        named = _value_added_of_output(q, ctx) or _value_added_of_sector(q, ctx) or _split_name(q, ctx) \
            or _short_named(q, ctx) or _shared_verb(q, before, ctx) or _part_of_the_whole(q, ctx) \
            or _paragraph_topic(q, ctx) or _sentence_topic(q, ctx) or _held_growth_indicator(q, ctx)
    if named is None and before is not None and q.subject == _PER_HEAD and ctx.raw_indicator.get(before.start):
        # 地区生产总值实现1781.8亿元…，人均突破31万元: per head of the indicator before
        per_head = catalogue().alias(_PER_HEAD + ctx.raw_indicator[before.start])
        named = _admitted(per_head, q)
    if named is None and before is not None and ctx.raw_indicator.get(before.start) \
            and (q.unit_kind == "points" or (q.unit == before.unit and q.unit_kind != "percent")) \
            and _gap_after(ctx, before.end, q.start):
        # 增长6.5%，高于全市1.8个百分点; 人均GDP…81750元，比全省平均水平高9277元
        named = (ctx.raw_indicator[before.start], False)
    if named is None:
        named = (_gap_after_semicolon(q, ctx) if before is None else None) or _month_of_the_whole(q, ctx) \
            or _gap_of_the_growth(q, ctx) or _gap_of_a_named_growth(q, ctx) \
            or _base_rate_indicator(q, ctx) or _broken_down_indicator(q, ctx) \
            or _continued_item_indicator(q, ctx) or _from_clause_indicator(q, ctx) or _crop_output(q, ctx) \
            or _places_rate(q, ctx)
    if named is None:
        return None
    name, new = named
    ctx.raw_indicator[q.start] = name
    if new:
        ctx.new_slices.add(q.start)
    if new and catalogue().nature(name) == "stock":
        return None
    if _park_sentence(q.start, ctx):
        return None   # 县工业集中区…完成规模工业增加值11亿元: the park's share, no county indicator
    return _split_list(name, q, ctx) or None


def _progress_against_plan(q: Quantity, ctx: _Context, start: int, before: Quantity | None) -> bool:
    """实现现价产值95.6亿元，占年度目标的58.0%: progress against a plan, no indicator; a growth
    after it (…为年计划的7.7%，同比增长43.7%) is still the level's, so the level's name is kept."""
    if not _PROGRESS.search(ctx.body, start, q.start):
        return False
    if before is not None and ctx.raw_indicator.get(before.start):
        ctx.raw_indicator[q.start] = ctx.raw_indicator[before.start]
    return True


def _sector_of_another(q: Quantity, name: str, ctx: _Context) -> bool:
    """全社会固定资产投资同比增长12.5%,分产业看:第一产业同比下降28.2%: a sector named short (no 增加值)
    after a figure of its kind of another indicator in its sentence is a part of that indicator, no
    value added."""
    cat = catalogue()
    s = ctx.sentence(q.start)[0]
    if not cat.grouped(name) or _VALUE_ADDED in ctx.body[ctx.phrase_start(s, q.start, clause=True):q.start]:
        return False
    earlier = next((ctx.raw_indicator[x.start] for x in reversed(ctx.quantities_in(s, q.start))
                    if ctx.raw_indicator.get(x.start) and x.unit_kind == q.unit_kind), None)
    return earlier is not None and earlier != GDP and not cat.grouped(earlier)


#: The words that make a sector's figure its value added.
_VALUE_ADDED = "增加值"


def _part_of_a_sum(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """金融机构存贷款余额达到831.8亿元、406.7亿元，分别增长13%、7.9%: figures listed after a sum's
    name (a 、 list, or after 分别) give its indicators in turn, each kind of figure counted on its
    own; one figure alone is the sum's, no indicator's."""
    start = ctx.sentence(q.start)[0]
    found = catalogue().sum_parts(ctx.body[start:q.start])
    if found is None:
        return None
    after, parts = start + found[0], found[1]
    clause = ctx.phrase_start(start, q.start, clause=True)
    if after < clause and not _only_filler(ctx, clause, q.start, verbs=True):
        return None   # …，银行业盈利40.3亿元: a clause of another subject after the list
    listed = ctx.body[q.end:q.end + 1] in _SPLIT_JOINS or ctx.body[q.start - 1:q.start] in _SPLIT_JOINS \
        or ctx.body.find(_words().respectively, after, q.start) >= 0
    if not listed:
        return None
    index = sum(1 for p in ctx.quantities_in(after, q.start) if p.unit_kind == q.unit_kind)
    name = parts[index] if index < len(parts) else None
    return _admitted(name, q)


def _paired_indicator(q: Quantity, ctx: _Context) -> str | None:
    """The indicator a figure is paired with by its place in a list or bracket: a sum's parts in turn
    (存贷款余额…、…, 存、贷款分别…), the name a bracket follows (一般公共预算收入(13.5%)), places' rates
    before the name, an aim in brackets, a 分别 pairing ("" when it pairs with no name), None when
    no such pairing holds."""
    summed = _part_of_a_sum(q, ctx)
    paired = (summed[0] if summed else None) or _bracketed_after_name(q, ctx) or _rate_named_after(q, ctx) \
        or _bracketed_aim(q, ctx) or _respective_indicator(q, ctx)
    if paired is None:
        paired = _unmarked_respectively(q, ctx)
    if paired == "":   # 分别 with no name of its own: an item after ； may go on with the item before
        paired = (_continued_item_indicator(q, ctx) or _broken_down_indicator(q, ctx) or _places_rate(q, ctx)
                  or _listed_times_of_the_whole(q, ctx) or ("",))[0]
    return paired


def _unmarked_respectively(q: Quantity, ctx: _Context) -> str | None:
    """地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速…，高于年度预期目标2.1、6.3、11.2个百分点:
    a run of figures joined by 、 after a 、-list of as many indicators, 分别 unsaid, pairs with it in
    turn ("" for an indicator the figure's kind is not of)."""
    joins = _words().place_joins
    if not ctx.body.startswith(joins, q.end) and not ctx.body.endswith(joins, 0, q.start):
        return None   # in no run: most figures
    s, e = ctx.sentence(q.start)
    run = _run_at(q, ctx, s, e)
    if len(run) < 2 or ctx.body.find(_words().respectively, s, e) >= 0:
        return None
    cat = catalogue()
    listed: list[tuple[int, int, str]] = []
    for a, b, name in cat.matches(ctx.body[s:run[0].start]):
        if listed and ctx.body[s + listed[-1][1]:s + a] not in _words().place_joins:
            listed = []
        listed.append((a, b, name))
    if len(listed) != len(run):
        return None
    name = listed[run.index(q)][2]
    return name if q.unit_kind in cat.indicators[name].kinds else ""


def _run_at(q: Quantity, ctx: _Context, s: int, e: int) -> list[Quantity]:
    """The run of figures of the sentence ``[s, e)`` joined by 、 or 和 that holds ``q`` (itself
    alone when it is in none; none when ``q`` is not there)."""
    figures = ctx.quantities_in(s, e)
    if q not in figures:
        return []   # a sentence cut short at the reader's reach (megabytes with no 。)
    k = figures.index(q)
    first, last = k, k
    while first > 0 and ctx.body[figures[first - 1].end:figures[first].start] in _words().place_joins:
        first -= 1
    while last + 1 < len(figures) and ctx.body[figures[last].end:figures[last + 1].start] in _words().place_joins:
        last += 1
    return figures[first:last + 1]


def _gap_after_semicolon(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """…增长34.8%；增速比去年同期快16.6个百分点: a gap opening the item after a ； (or the sentence after
    a 。: …增长9.5%。增速高于全国平均水平2.1个百分点), said of the growth (增速, 降幅) that closes the item
    before, is of that growth's indicator."""
    start = ctx.sentence(q.start)[0]
    if q.unit_kind != "points" or start == 0 or ctx.body[start - 1] not in "；;。" \
            or not ctx.body.startswith(_GROWTH_REFERENCES, start):
        return None
    prev = ctx.quantities_in(ctx.sentence(start - 1)[0], start)
    if not prev or prev[-1].measure is not Measure.GROWTH or not ctx.raw_indicator.get(prev[-1].start) \
            or not _gap_after(ctx, start, q.start):
        return None
    return ctx.raw_indicator[prev[-1].start], False


def _month_of_the_whole(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """…规模以上工业总产值723.94亿元，…，其中4月当月实现产值185.90亿元: a single month's figure
    named by the last word of the indicator told before it in its paragraph is that indicator's."""
    m = _MONTH_OWN.search(ctx.body, ctx.phrase_start(ctx.sentence(q.start)[0], q.start, clause=True), q.start)
    if m is None:
        return None
    whole = _paragraph_indicator(q.start, q.start, ctx)
    return _admitted(whole, q) if whole and whole.endswith(m.group("tail")) else None


def _listed_times_of_the_whole(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """规模以上工业增加值同比增长8.2%，其中4月、5月、6月分别增长6.7%、8.3%、9.3%: rates paired with the
    months (or quarters) listed before 分别, and nothing else named, are the rates of the indicator
    told before them."""
    clause = ctx.phrase_start(ctx.sentence(q.start)[0], q.start, clause=True)
    m = _LISTED_MONTHS.search(ctx.body, clause, q.start) or _LISTED_QUARTERS.search(ctx.body, clause, q.start)
    if m is None or ctx.body[clause:m.start()].strip(_SENTENCE_PADDING) not in ("", *_words().breakdown):
        return None
    whole = _paragraph_indicator(q.start, clause, ctx)
    return _admitted(whole, q) if whole else None


def _paragraph_indicator(pos: int, end: int, ctx: _Context) -> str | None:
    """The indicator of the last figure before ``end`` that names one, in the paragraph holding ``pos``."""
    earlier = (ctx.raw_indicator.get(p.start) for p in reversed(ctx.quantities_in(ctx.paragraph_start(pos), end)))
    return next((name for name in earlier if name), None)


#: A month's own figure (当月实现产值, 单月产值达, 当月增加值同比增长), named by a word that ends an indicator's name.
_MONTH_OWN = re.compile(r"(?:当月|单月)(?:实现|完成)?(?P<tail>总产值|产值|增加值)(?:同比)?(?:达到|达|为|实现|完成)?(?:增长|下降)?$")


#: Words that open a clause about the growth just told (增速比去年同期快…, 降幅较1-3月扩大…).
_GROWTH_REFERENCES = ("增速", "增幅", "降幅", "增长速度")


def _of_no_indicator(q: Quantity, ctx: _Context, before: Quantity | None, lead_from: int) -> bool:
    """Whether ``q`` is no catalogue figure though a name stands before it: a run of years
    (连续十五年, which passes the name on to the growth it times), a contribution (拉动工业投资增长
    5.4个百分点, 贡献率分别为…) or another indicator's breakdown by industry (固定资产投资…。从产业
    结构看，第一产业…增长8.6倍)."""
    run = _run_length_name(q, ctx, before)
    if run is not None:
        ctx.raw_indicator[q.start] = run
        return True
    return catalogue().derived(ctx.body[ctx.phrase_start(lead_from, q.start, clause=True):q.start]) \
        or _industry_of_another(q, ctx, lead_from) or _places_taken_together(ctx, q) \
        or _SUBGROUP_OPENING.match(ctx.body, ctx.sentence(q.start)[0]) is not None


#: A sentence opened by the subgroup its figures break down (民营经济中，第一产业增加值5.8亿元): the
#: subgroup's parts, no catalogue indicator of the place's.
_SUBGROUP_OPENING = re.compile(r"[ \t\u3000]*(?:其中[，,]?)?(?:"
                               + word_pattern(wordlists.load("observations")["subgroup_wholes"]) + r")中[，,]")


def _run_length_name(q: Quantity, ctx: _Context, before: Quantity | None) -> str | None:
    """农牧民收入连续十五年两位数增长; 增长10%，已连续25年保持两位数的高增长; 工业投资连续36个月保持两位数
    增长 (a run of quarters or months as of years): a run names no
    indicator of its own, but the one named before it in its clause (else that of the growth
    before it in its sentence) is the indicator of the growth the run times."""
    if q.unit not in _RUN_UNITS or not ctx.body.endswith(_RUN_WORDS, 0, q.start):
        return None
    clause = ctx.phrase_start(ctx.sentence(q.start)[0], q.start, clause=True)
    named = catalogue().find(ctx.body[clause:q.start], "percent")
    if named is None and before is not None and before.measure is Measure.GROWTH:
        named = ctx.raw_indicator.get(before.start)
    return named


#: What opens a run of years (连续十五年, 已连续25年).
_RUN_WORDS = ("连续", "连续保持")


def _short_named(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """年初七项主要经济指标的预期全部如期超额完成（GDP增长7.8%；投资增长11.2%；消费增长10.9%…): an
    item of a list of main indicators named by its short name alone."""
    start = ctx.sentence(q.start)[0]
    item = _ITEM_NAME.search(ctx.body, max(start - 1, q.start - _ITEM_REACH, 0), q.start)   # the mark before it too
    if item is None:
        return None
    return _admitted(catalogue().short_name(item.group("name"), ctx.body[ctx.list_start(start):item.start()]), q)


#: An item of a list named alone before its change (；投资增长, （GDP增长), and how far back it opens.
_ITEM_NAME = re.compile(r"[，,；;（(：:](?P<name>[\u4e00-\u9fff]{1,4})(?:同比)?(?:增长|下降)$")
_ITEM_REACH = 10


def _gaps_to_bases(q: Quantity, ctx: _Context, start: int, clause_start: int) -> str:
    """增速比全市和全国分别高1.4、1.8个百分点: gaps against places' figures are of the indicator
    of the growth before them in the sentence; any other figure after such bases is none."""
    earlier = [x for x in ctx.quantities_in(start, clause_start) if ctx.raw_indicator.get(x.start)]
    return ctx.raw_indicator[earlier[-1].start] if earlier and q.unit_kind == "points" else ""


def _only_places(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` (an item of a list) names a place and nothing else, after the
    word that opens a comparison (比全市, 全国)."""
    rest = _without_places(ctx, start, end, self_refs=True).strip()
    return ctx.body[start:end].strip() != rest and _COMPARED.fullmatch(rest) is not None


def _only_periods(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``[start, end)`` (an item of a list) names a time and nothing else, after the word
    that opens a comparison (较去年同期及今年一季度分别回落1.0和0.4个百分点)."""
    dates = ctx.dates_in(start, end)
    if not dates:
        return False
    rest = ctx.body[start:end]
    for d in dates:
        rest = rest.replace(ctx.body[d.start:d.end], "")
    return _COMPARED.fullmatch(rest.strip()) is not None


#: What may open the first place of a list of comparison bases (比全市和全国, 增速比全市…).
_COMPARED = re.compile(r"(?:增速|增幅)?(?:比|较|高于|低于|快于|慢于)?")


def _industry_of_another(q: Quantity, ctx: _Context, start: int) -> bool:
    """Whether the name before ``q`` is an industry's bare name (第一产业) in a sentence opening
    with a breakdown by industry (从产业结构看), in a paragraph whose last figure with an indicator
    before it is of another kind (固定资产投资, 房地产开发投资): the figure breaks that one down."""
    cat = catalogue()
    if not _opener(cat.industry_opener, ctx.sentence(q.start)[0], ctx):
        return False   # asked first: most sentences open with no breakdown by industry
    last = next(iter(reversed(cat.matches(ctx.body[start:q.start]))), None)
    if last is None or ctx.body[start + last[0]:start + last[1]] not in cat.industry_words \
            or _VALUE_ADDED in ctx.body[start + last[1]:q.start]:
        return False   # 第一产业完成增加值30.61亿元: the industry's value added
    whole = _paragraph_indicator(q.start, start, ctx)
    return whole is not None and whole not in cat.industry_wholes


def _after_bracket(pos: int, ctx: _Context) -> bool:
    """Whether an opening bracket stands right before ``pos`` (全国(5.9%))."""
    return ctx.body[pos - 1:pos] in ("(", "（")


def _bracketed(q: Quantity, ctx: _Context) -> bool:
    """Whether ``q`` is all that stands in its brackets (地区生产总值(7.5%))."""
    return _after_bracket(q.start, ctx) and ctx.body[q.end:q.end + 1] in (")", "）")


def _bracketed_after_name(q: Quantity, ctx: _Context) -> str | None:
    """一般公共预算收入(13.5%)完成年初预算的53.7%: a rate in brackets right after an indicator's
    name is that indicator's."""
    if not _bracketed(q, ctx):
        return None
    at = q.start - 1
    reach = max(0, at - _NAME_REACH)
    for a, b, name in catalogue().matches(ctx.body[reach:at]):
        if reach + b != at or q.unit_kind not in catalogue().indicators[name].kinds:
            continue
        name_start = reach + a
        if _bare_prefix(ctx, ctx.phrase_start(ctx.sentence(q.start)[0], name_start), name_start):
            return name
    return None


def _bracketed_aim(q: Quantity, ctx: _Context) -> str | None:
    """地区生产总值增长5.9%，…排名全市第1位(预期目标为8.5%以上): the aim in brackets after an
    outcome's growth, in the same item of a list, is that indicator's growth aimed at."""
    if not _AIM_BRACKET.search(ctx.body, max(0, q.start - _AIM_BRACKET_REACH), q.start):
        return None
    start = ctx.sentence(q.start)[0]
    item = max(start, ctx.body.rfind("；", start, q.start) + 1, ctx.body.rfind(";", start, q.start) + 1)
    growth = next((x for x in reversed(ctx.quantities_in(item, q.start))
                   if x.measure is Measure.GROWTH and ctx.raw_indicator.get(x.start)), None)
    return ctx.raw_indicator[growth.start] if growth is not None and q.unit_kind == growth.unit_kind else None


#: A bracket opening with an aim (（预期目标为, (目标), and how far before a figure it may open.
_AIM_BRACKET = re.compile(r"[（(](?:预期|年度|全年|年初)?目标(?:值|任务)?(?:为|是)?$")
_AIM_BRACKET_REACH = 10


def _rate_named_after(q: Quantity, ctx: _Context) -> str | None:
    """西夏区(13.0%)和灵武市(8.2%)地区生产总值增速分别位列…: places' rates in brackets, listed before
    the indicator whose growth they are, are that indicator's (a growth: :func:`_measure_after`)."""
    if not _bracketed(q, ctx) or not ctx.places_in(max(0, q.start - 1 - _NAME_REACH), q.start - 1):
        return None
    m = _BRACKETED_RUN.match(ctx.body, q.end + 1)
    rest = ctx.body[m.end():ctx.clause_end(q.end)] if m else ""
    for a, b, name in catalogue().matches(rest[:_NAME_REACH]):
        if a == 0 and rest.startswith(_RATE_WORDS, b) and q.unit_kind in catalogue().indicators[name].kinds:
            return name
    return None


#: More places' rates in brackets after one (和灵武市(8.2%)), and the words of a growth rate.
_BRACKETED_RUN = re.compile(r"(?:[和、及与][\u4e00-\u9fff]{2,10}?[（(][-\d.]+%[）)])*")
_RATE_WORDS = ("增速", "增幅", "增长")


#: How far before a bracket an indicator's name may start.
_NAME_REACH = 16


def _gap_of_the_growth(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """规模以上工业增加值同比增长3.4%，拉动全区经济增长1.0个百分点，增速比一季度加快2.8个百分点: a gap
    in a clause that opens with the growth's own rate (增速, 增幅) is of the last growth before it in
    the sentence that has an indicator, past a contribution told between."""
    if q.unit_kind != "points":
        return None
    start = ctx.sentence(q.start)[0]
    clause = ctx.phrase_start(start, q.start, clause=True)
    if not ctx.body.startswith(_GROWTH_RATE_WORDS, clause) or catalogue().matches(ctx.body[clause:q.start]):
        return None   # 增速比规模以上工业总产值快2.8个百分点: a gap to another indicator's growth, none
    growth = next((x for x in reversed(ctx.quantities_in(start, clause))
                   if x.measure is Measure.GROWTH and ctx.raw_indicator.get(x.start)), None)
    return (ctx.raw_indicator[growth.start], False) if growth is not None else None


#: The words of a growth's own rate that open a clause about it (增速比一季度加快).
_GROWTH_RATE_WORDS = ("增速", "增幅")


def _gap_of_a_named_growth(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """固定资产投资增速居全区第二，高于年度预期目标13个百分点: a gap after an indicator's growth rate named
    with no figure of its own (增速, 增幅), past the figure before it in its sentence, is that
    indicator's."""
    if q.unit_kind != "points":
        return None
    start = ctx.sentence(q.start)[0]
    before = ctx.quantities_in(start, q.start)
    start = before[-1].end if before else start
    names = catalogue().matches(ctx.body[start:q.start])
    if len(names) != 1 or not ctx.body.startswith(_GROWTH_NAMED, start + names[0][1]) \
            or not _GAP_VERB_ANYWHERE.search(ctx.body, start + names[0][1], q.start):
        return None
    return _admitted(names[0][2], q)


#: The words naming a growth rate after an indicator's name (固定资产投资增速), and a verb of a gap.
_GROWTH_NAMED = (*_GROWTH_RATE_WORDS, "增长速度")
_GAP_VERB_ANYWHERE = re.compile(r"高于|低于|快于|慢于|好于|优于|高出|低出|超过|超出|领先|落后")


def _carried_indicator(q: Quantity, before: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """The indicator of the figure before, carried on to this one: when only filler stands
    between (新登记市场主体1.52万户，增长24.1%: the new slice's growth; 总数达1.6万家: the
    whole), or when this one is the next milestone of a level told over the years
    (从1978年的1.13亿元起步，到1994年突破10亿元，…，2018年预计达到202亿元)."""
    name = ctx.raw_indicator[before.start]
    if q.unit_kind not in catalogue().indicators[name].kinds:
        return None
    end = q.start
    if q.qualifier != "exact":   # 增幅超过68%: the hedge is the figure's own
        end -= next((len(w) for w in _hedges_before() if ctx.body.endswith(w, 0, end)), 0)
    # verbs may stand between too (，继续稳定在15万吨以上; ，高于目标2.1个百分点), but not before
    # a change in points of a share (比重为20.6%，同比上升了0.4个百分点: the share's own change)
    verbs = not (before.measure is Measure.SHARE and q.unit_kind == "points")
    if _only_filler(ctx, before.end, end, verbs=verbs, places=True):
        return name, before.start in ctx.new_slices and q.unit_kind in ("percent", "points")
    if q.unit == before.unit and _next_milestone(ctx, before.end, q.start):
        return name, False
    return None


def _from_clause_indicator(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """地区生产总值一年一个百亿台阶，从2020年的973.8亿元增加至…: a change from one level, or a
    growth rate (…地区生产总值稳定保持在百亿规模，年均增速达4.25%), in a clause of its own after one
    that opens with an indicator's name (what the sentence is about) and holds no figure, is that
    indicator's."""
    sentence = ctx.sentence(q.start)[0]
    own = ctx.phrase_start(sentence, q.start, clause=True)
    opens = ctx.body[own:own + 1] in ("从", "由") or (
        q.unit_kind == "percent" and ctx.body.startswith(_RATE_OPENERS, own))
    if own == sentence or not opens or ctx.quantities_in(own, q.start):
        return None
    if any(not _YEAR_ONLY.fullmatch(ctx.body[d.start:d.end]) for d in ctx.dates_in(own, q.start)):
        return None
    lead = ctx.phrase_start(sentence, own - 1, clause=True)
    if ctx.quantities_in(lead, own):
        return None
    cat = catalogue()
    first = next(iter(cat.matches(ctx.body[lead:own])), None)   # the clause's own subject
    if first is None or q.unit_kind not in cat.indicators[first[2]].kinds:
        return None
    return _with_prefix(first[2], ctx, lead, lead + first[0])


#: The words of a growth rate that may open its own clause (年均增速达4.25%).
_RATE_OPENERS = (*_GROWTH_RATE_WORDS, "增长率", "年均增速", "年均增幅", "年均增长")


def _admitted(name: str | None, q: Quantity) -> tuple[str, bool] | None:
    """``name`` as the figure's indicator (no new slice), when it is one and admits the
    figure's kind of unit."""
    return (name, False) if name and q.unit_kind in catalogue().indicators[name].kinds else None


def _counterpart_indicator(q: Quantity, before: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """一般预算收入完成7309万元，累计支出64338万元: spending named bare right after a budget's
    revenue is that budget's spending."""
    name = ctx.raw_indicator[before.start]
    if not name.endswith(_REVENUE) or not _BARE_SPENDING.fullmatch(ctx.body, before.end, q.start):
        return None
    spending = catalogue().alias(name[:-len(_REVENUE)] + _SPENDING)
    return _admitted(spending, q)


_REVENUE, _SPENDING = "收入", "支出"


def _value_added_of_output(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """工业总产值达到21.78亿元，比上年同期增长42.9%；增加值9.29亿元: value added named bare
    right after an output's figures is that output's value added (工业增加值)."""
    k = bisect_right(ctx.q_starts, q.start - 1) - 1
    if k < 0:
        return None
    before = ctx.quantities[k]
    subject = before.subject or ""
    if not subject.endswith(_OUTPUT) or not _BARE_VALUE_ADDED.fullmatch(ctx.body, before.end, q.start):
        return None
    head = subject[:-len(_OUTPUT)]   # 县工业: the longest tail of it that makes a name
    added = next((a for i in range(len(head) + 1) if (a := catalogue().alias(head[i:] + _VALUE_ADDED))), None)
    output = ctx.raw_indicator.get(before.start) or ""
    if added is None and output.endswith(_OUTPUT):
        # 规模工业预计完成总产值13.29亿元…；实现增加值4.29亿元: the output's indicator names whose value added
        added = catalogue().alias(output[:-len(_OUTPUT)] + _VALUE_ADDED)
    return _admitted(added, q)


_OUTPUT, _VALUE_ADDED = "总产值", "增加值"


def _value_added_of_sector(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """工业经济快速增长，增加值127.12亿元; 服务业逐步恢复，增加值113.26亿元: value added named bare
    after a clause that opens with a sector is that sector's (工业增加值, 第三产业增加值); a
    sector with no such indicator (农业生产总体平稳，增加值…) gives none."""
    start = ctx.sentence(q.start)[0]
    clause = ctx.phrase_start(start, q.start, clause=True)
    if clause == start or not _BARE_VALUE_ADDED.fullmatch(ctx.body, clause, q.start):
        return None
    before = ctx.body[ctx.phrase_start(start, clause - 1, clause=True):clause].lstrip(_SENTENCE_PADDING)
    added = next((a for i in range(min(len(before), _SECTOR_REACH), 1, -1)
                  if (a := catalogue().alias(before[:i] + _VALUE_ADDED))), None)
    return _admitted(added, q)


#: The longest sector name a clause may open with (规模以上工业).
_SECTOR_REACH = 6


def _crop_output(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """粮食播种总面积17.36万亩，产量7.08万吨; 粮食种植面积456公顷，总产量5810吨: an output named
    bare right after a clause on a crop's sown area is that crop's (粮食产量)."""
    start = ctx.sentence(q.start)[0]
    clause = ctx.phrase_start(start, q.start, clause=True)
    if clause == start or not _BARE_OUTPUT.fullmatch(ctx.body, clause, q.start):
        return None
    # (全年农作物播种面积…，其中粮食播种面积64.40万亩，总产量27.89万吨: the crop sown last before it)
    crops = list(_SOWN.finditer(ctx.body, start, clause))
    crop = crops[-1] if crops else None
    name = catalogue().alias(crop.group("crop") + _YIELD) if crop else None
    return _admitted(name, q)


_YIELD = "产量"
#: An output named bare (，产量; ，总产量; ，总产), a verb maybe before its figure.
_BARE_OUTPUT = re.compile(r"[ \u3000]*(?:总产量|总产|产量)(?:达到|达|为|实现|稳定在)?")
#: A crop's sown area (粮食播种总面积, 粮食种植面积, 完成粮食播种).
_SOWN = re.compile(r"(?P<crop>[\u4e00-\u9fff]{2})(?:播种|种植)")

#: Value added named bare after an output's figure (；增加值, ，实现增加值).
_BARE_VALUE_ADDED = re.compile(r"[，,；;]?(?:实现|完成)?增加值(?:完成|为|达|达到|实现)?")

#: Spending named bare after a revenue's figure (，累计支出; ，总支出; ，支出完成).
_BARE_SPENDING = re.compile(r"[，,、]?(?:累计|全年|共)?(?:完成)?总?支出(?:完成|为|达|达到)?")


@cache
def _hedges_before() -> tuple[str, ...]:
    """The hedge words that may stand right before a figure (超过, 近), longest first."""
    hedges = wordlists.load("hedges")
    return tuple(sorted({*hedges["before_outside"], *hedges["before"]}, key=len, reverse=True))


def _next_milestone(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``[start, end)``, between two levels in one unit, only moves on to a later
    year's level: a year, and words of reaching it (，到1994年突破; ，发展到2018年的)."""
    years = ctx.dates_in(start, end)
    if not years or any(not _YEAR_ONLY.fullmatch(ctx.body[d.start:d.end]) for d in years):
        return False
    text = ctx.body[start:end]
    for d in years:
        text = text.replace(ctx.body[d.start:d.end], "")
    return bool(_MILESTONE.fullmatch(text))


#: How a clause telling the change of the level before it opens (，较1978年增长177倍).
_PLAN_CHANGE = ("较", "比", "同比", "比上年", "增长")

#: Where a change told from an earlier time reaches its end (上升至, 提高到).
_CHANGED_TO = re.compile(r"(?:上升|提升|提高|下降|增加|跃升|跃居|攀升|降)[至到]")

#: A year's start, and what a year's start may name: the aims set then (年初预期, 年初目标).
_YEAR_START = "年初"
#: What may follow 年初 to make it when the year's aims were set (年初预期, 年初七项主要经济指标的预期).
_SET_AIMS = re.compile(r"[^，,；;。：:\d]{0,12}?(?:预期|目标|计划|确定|制定|设定)")
#: What makes a time phrase name aims (围绕全年目标，…) in a clause of their own, not when figures hold.
_AIMS_NAMED = re.compile("(?:目标|计划|任务)+[，,；;]")
#: A plan named by when it was set, whose part a figure is (年初预算的53.7%, 年初确定的目标的).
_PLAN_OF = re.compile("(?:确定|下达|制定|提出)?的?(?:预算|计划|目标|任务)的")
#: How far before a time phrase a verb of a pace going on (延续, 保持) may stand.
_MOMENTUM_REACH = 4

#: The head of a subject that is projects' investment, no catalogue flow (完成投资, 总投资).
_INVESTED = "投资"

#: Words of a meeting's opening in a title (人大四次会议开幕侧记, 人代会隆重召开).
_OPENING = ("开幕", "召开")

#: A bare year (1994年, 2018年).
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d年")

#: What may stand around the year between two milestones of one level (起步，到…突破).
_MILESTONE = re.compile(r"(?:起步|起)?[，,](?:再|又)?(?:发展|增长|增加|提高|上升|跃升)?(?:到|至)?的?"
                        r"(?:预计)?(?:突破|达到|达|超过|超|增至|跃升至|迈上|跨越)?")


def _continued_item_indicator(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """…实现地区生产总值443.9亿元，占全市…比重为7.6%…；按可比价格计算，同比增长3.7%: an item of a
    list that names nothing before its figure goes on with the item before, whose level names it."""
    start = ctx.sentence(q.start)[0]
    k = ctx.index(start)
    if not ctx.continues_paragraph(k) or _last_mark(ctx.body, ctx.sentences[k - 1][1]) not in ("；", ";"):
        return None
    # (…分别增长11.7%、11.5%、11.3%；铜仁、黔南、六盘水分别增长9.9%…: places name no other subject)
    if ctx.quantities_in(start, q.start) or not _only_filler(ctx, start, q.start, verbs=True, places=True):
        return None
    level = next((p for p in ctx.quantities_in(ctx.sentences[k - 1][0], start)
                  if (p.measure == Measure.LEVEL or p.unit_kind == q.unit_kind) and ctx.raw_indicator.get(p.start)),
                 None)
    if level is None or q.unit_kind not in catalogue().indicators[ctx.raw_indicator[level.start]].kinds:
        return None
    return ctx.raw_indicator[level.start], False


def _last_mark(text: str, end: int) -> str:
    """The last character before ``end`` that is no blank (a sentence's closing mark)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1:end]


def _broken_down_indicator(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """园区工业增加值同比增长12.51%…。其中：东川工业园区增长15.43%，生物产业园区增长16.49%: a
    sentence opening with 其中 (or 分地区看, 分季度看) that names only places (or stretches of time:
    其中，一季度下降4.8%) before each figure breaks down the indicator of the last figure of its
    kind in the sentence before."""
    start = ctx.sentence(q.start)[0]
    by_area = _opener(_BY_AREA, start, ctx) or _opener(_BY_STRETCH, start, ctx)
    if not by_area and not _opens_with_breakdown(start, ctx):
        return None
    before = ctx.quantities_in(start, q.start)
    if before:
        since = before[-1].end
    elif by_area:   # 分地区看，开发区同比增长3.4%: right after the opener
        since = by_area.end()
    else:   # right after the 其中 that opens the sentence
        lead = ctx.body[start:start + _PADDING_REACH].lstrip(_SENTENCE_PADDING)
        word = next(w for w in _words().breakdown if lead.startswith(w))
        since = ctx.body.index(word, start) + len(word)
    # the places before a 占 (…8.1%，占全县规模工业总产值的77.5%: 全县 is the whole's, no item's)
    named_until = since + len(catalogue().before_part_of(ctx.body[since:q.start]))
    # or the stretches the whole breaks into (其中，一季度下降4.8%，二、三季度分别增长5.2%和6.5%)
    quarters = _LISTED_QUARTERS.search(ctx.body, since, q.start)
    stretches = ctx.dates_in(since, q.start)   # opening the item, not a base (较一季度提升…)
    by_time = quarters is not None or bool(stretches and not ctx.body[since:stretches[0].start].strip(_ITEM_OPENING))
    if not _only_filler(ctx, quarters.end() if quarters else since, q.start, places=True) \
            or not (ctx.places_in(since, named_until) or by_time):
        return None
    whole = _whole_before(q, ctx, ctx.index(start), reach=_BY_AREA_REACH if by_area else 1)
    return (ctx.raw_indicator[whole.start], False) if whole is not None else None


def _whole_before(q: Quantity, ctx: _Context, k: int, reach: int) -> Quantity | None:
    """The last figure of ``q``'s kind naming an indicator in the ``reach`` sentences before
    sentence ``k``, past those that break a figure down another way (分门类看, 分行业看)."""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        s, e = ctx.sentences[j]
        if j < k - 1 and _opener(_BY_KIND, s, ctx):
            continue
        whole = next((p for p in ctx.quantities_in(s, e)[::-1]
                      if p.unit_kind == q.unit_kind and ctx.raw_indicator.get(p.start)), None)
        if whole is not None:
            return whole
    return None


#: What may stand before a stretch that opens an item of a breakdown (，其中，一季度…).
_ITEM_OPENING = " \u3000，,、；;：:其中"

#: A sentence breaking a release's figure down by area (分地区看, 分县区看), its figures each an
#: area's own of that indicator; and one breaking it down another way (分门类看, 分行业看).
_BY_AREA = re.compile(r"分(?:地区|区域|县区|县市区|县（市、区）|县\(市、区\)|区县|县市)来?看[，,：:]?")
_BY_KIND = re.compile(r"分[\u4e00-\u9fff]{1,6}看")
#: A sentence breaking a figure down by stretches of time (分季度看，一季度同比增长7.2%，二季度…).
_BY_STRETCH = re.compile(r"分(?:季度|季|月份|月)来?看[，,：:]?")
#: How many sentences back a by-area breakdown looks for the figure it breaks down.
_BY_AREA_REACH = 12


def _base_rate_indicator(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """高出全国(5.9%)、全省(6.4%), 较去年同期(-1.1%), 比全省的6.1%: a base's own figure in
    brackets after its place or period, or after 比/较, a place and 的, is of the indicator
    of the sentence's earlier figure in the same unit (增加值同比增长8.1%)."""
    mark = ctx.body[q.start - 1:q.start]
    said = _BRACKET_GROWTH.search(ctx.body, max(0, q.start - _BRACKET_GROWTH_REACH), q.start)
    if mark not in ("(", "（", "的") and said is None:
        return None
    if said is not None:   # 低于全省…12.8个百分点(全省增长9.5%): the base's growth, said in brackets
        mark, q_at = "(", said.start(1)
    else:
        q_at = q.start - 1
    start = ctx.sentence(q.start)[0]
    named = _place_right_before(q_at, ctx)
    dated = ctx.dates_in(start, q.start - 1) if mark != "的" else []
    if not (named is not None and (mark != "的" or ctx.body[max(0, named.start - 1):named.start] in ("比", "较"))) \
            and not (dated and dated[0].end == q.start - 1):
        return None
    earlier = (p for p in reversed(ctx.quantities_in(start, q.start)) if p.unit_kind == q.unit_kind)
    name = next((ctx.raw_indicator[p.start] for p in earlier if ctx.raw_indicator.get(p.start)), None)
    return (name, False) if name else None


#: A base's growth said in brackets with its place (（全省增长9.5%）): where the growth words start.
_BRACKET_GROWTH = re.compile(r"[（(][^（）()，。；]{1,8}?((?:同比)?(?:增长|下降|增速为?))$")
_BRACKET_GROWTH_REACH = 14


def _listed_like(before: Quantity, q: Quantity, ctx: _Context) -> bool:
    """Whether ``q`` is listed right after ``before`` as the same kind of figure for another
    place (占全国总量的6.5%、西部地区的30.7%): only a joiner, places and 的 between them."""
    if before.unit_kind != q.unit_kind or before.measure is None:
        return False
    between = ctx.body[before.end:q.start]
    places_between = [m for m in ctx.places_in(before.end, q.start) if m.place is not None]
    if not places_between:
        return False
    for m in places_between:
        between = between.replace(ctx.body[m.start:m.end], "")
    if "第" in between or "首" in between:   # 洋浦以增速14.2%位列第一，临高县12.2%: a rank between
        between = _without_rank(between).replace("，", "、")
    return _only_joiners(between.removesuffix("的"))


def _only_joiners(between: str) -> bool:
    """Whether ``between`` (what stands between two figures) only lists them: 、, 和, 及."""
    return between.strip() in _words().place_joins


def _park_sentence(pos: int, ctx: _Context) -> bool:
    """Whether the sentence holding ``pos`` opens with a park or zone that is no place of
    the gazetteer (县工业集中区新增规上企业2家，完成规模工业增加值11亿元): its figures are
    the park's part of its county's, not the county's. A sentence with no subject of its
    own takes the one before it."""
    k = first = ctx.index(pos)
    for _ in range(_BREAKDOWN_ITEMS):
        start, end = ctx.sentences[k]
        if k == first and _opener(_BY_AREA, start, ctx):
            head = ctx.body[ctx.phrase_start(start, pos, clause=True):pos]   # 分地区看，…，昌图县同比增长1.3%
        elif k == first:
            head = ctx.body[start:ctx.phrase_start(start, pos, clause=True)] or ctx.body[start:pos]
        else:   # an earlier sentence: its opening words
            head = ctx.body[start:end]
        head = head[:_PARK_REACH]
        if any(word in head for word in _words().parks):
            # a zone's own page (该园区完成固定资产投资…) speaks of the zone as a whole
            return not (ctx.home is not None and ctx.home.level == "zone") and not any(
                m.place is not None and m.place.level == "zone" for m in ctx.places_in(start, start + len(head)))
        # a sentence with no subject of its own (完成规模以上工业增加值53.9亿元; an item after ；)
        # is of the one before it in its paragraph
        before_end = ctx.sentences[k - 1][1] if k > 0 else 0
        verb = _words().split_verb.match(ctx.body, start)
        if not ctx.continues_paragraph(k) or not (
                (verb and not verb.group("firms")) or ctx.body[before_end - 1:before_end] in ("；", ";")):
            return False
        k -= 1
    return False


#: How far into its sentence a park's name may end.
_PARK_REACH = 24


def _listed_items(ctx: _Context, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the list ``[start, end)`` (旅游人数、旅游收入)."""
    items, at = [], start
    for m in re.finditer("|".join(map(re.escape, _words().place_joins)), ctx.body[start:end]):
        items.append((at, start + m.start()))
        at = start + m.end()
    return [i for i in [*items, (at, end)] if i[1] > i[0]]


def _listed_run(ctx: _Context, start: int, end: int) -> list[int]:
    """The starts of the figures listed one after another from ``start`` (分别突破290万人次、
    15亿元), only a joiner between each two."""
    figures = ctx.quantities_in(start, end)
    run = figures[:1]
    for a, b in zip(figures, figures[1:], strict=False):
        if ctx.body[a.end:b.start] not in _words().place_joins:
            break
        run.append(b)
    return [f.start for f in run]


def _respective_lead(ctx: _Context, s: int, cue: int) -> int:
    """Where the list 分别 (at ``cue``, in the sentence from ``s``) pairs with starts: its
    clause; inside a bracket it stands in (…位居全省首位(规模工业增加值、工业开票销售增幅分别高于
    全省…); or the clause before, when that holds no figure and its own names nothing
    (规模工业增加值、工业开票销售增幅均好于年初预期，分别超过年度目标13.8、23.3个百分点)."""
    start = ctx.phrase_start(s, cue, clause=True)
    bracket = max(ctx.body.rfind("(", start, cue), ctx.body.rfind("（", start, cue))
    if bracket >= 0 and not any(c in ctx.body[bracket:cue] for c in ")）"):
        start = bracket + 1
    elif start > s and _only_filler(ctx, start, cue, verbs=True):
        before = ctx.phrase_start(s, start - 1, clause=True)
        if not ctx.quantities_in(before, start):
            start = before
    return _after_basis(start, cue, ctx)


def _item_name(ctx: _Context, a: int, b: int, q: Quantity) -> str:
    """The indicator the list item ``[a, b)`` names for ``q``, else "" (none): 限上社零额 is a
    subgroup of 社零额, so only neutral words may stand before the name; 规模以上工业高技术制造业
    is one of 规模以上工业, so only filler may follow it."""
    cat = catalogue()
    for m_start, m_end, name in cat.matches(ctx.body[a:b]):
        if q.unit_kind in cat.indicators[name].kinds and _with_prefix(name, ctx, a, a + m_start) \
                and _only_filler(ctx, a + m_end, b, verbs=True):
            return name
    return ""


def _own_named_clause(x: Quantity, s: int, cue: int, ctx: _Context) -> bool:
    """Whether ``x`` stands in a clause after the one of the 分别 at ``cue`` that names an
    indicator of its own before it."""
    own = ctx.phrase_start(s, x.start, clause=True)
    return own > ctx.clause_end(cue) and bool(catalogue().matches(ctx.body[own:x.start]))


def _respective_indicator(q: Quantity, ctx: _Context) -> str | None:
    """The indicator 分别 gives a figure after it: the one named by the item of the
    list before 分别 in its place (社会消费品零售总额和限上社零额分别增长16.8%、33.3%:
    the second, a subgroup, is none, written ""), or that of the earlier figure in its
    place (第一产业88亿元，第二产业51亿元，分别增长15.4%和-5.3%). ``None`` when 分别 pairs
    nothing here."""
    s, e = ctx.sentence(q.start)
    cue = ctx.body.rfind(_words().respectively, s, q.start)
    if cue < 0:
        return None
    # a clause of its own name after the run's clause (…2.6和3.1个百分点，上拉地区生产总值增速2.5个百分点;
    # 分别高于…4.2个百分点，一般公共预算收入(13.5%)完成…53.7%) is out of the run
    after = [x.start for x in ctx.quantities_in(cue, e) if x.unit_kind == q.unit_kind
             and not _own_named_clause(x, s, cue, ctx)]
    if q.start not in after:
        return None
    k = after.index(q.start)
    clause_start = _respective_lead(ctx, s, cue)
    items = _listed_items(ctx, clause_start, cue)
    cat = catalogue()
    group = cat.group(ctx.body[clause_start:cue])
    if group and len(after) % len(group) == 0:
        # 三次产业增加值占生产总值比重分别为21.7%、41.7%、36.6%
        name = group[k % len(group)]
        return name if q.unit_kind in cat.indicators[name].kinds else ""
    listed = ctx.body[clause_start:cue]
    for _, _, whole in cat.matches(listed):
        parts = cat.split(whole, listed + _words().respectively)
        if parts and len(after) % len(parts) == 0:
            # 城镇和农村居民人均可支配收入分别达34525元、18352元: 和 joins the parts of one name
            part = parts[k % len(parts)]
            return part if q.unit_kind in cat.indicators[part].kinds else ""
    if len(items) >= 2 and all(_only_places(ctx, a, b) or _only_periods(ctx, a, b) for a, b in items):
        return _gaps_to_bases(q, ctx, s, clause_start)
    if len(items) >= 2 and len(after) % len(items) != 0:
        run = _listed_run(ctx, cue, e)   # 旅游人数、旅游收入分别突破290万人次、15亿元: units differ
        if len(run) == len(items) and q.start in run:
            k, after = run.index(q.start), run
    if len(items) >= 2 and len(after) % len(items) == 0:
        return _listed_item_name(ctx, items, k % len(items), q)
    earlier = [x for x in ctx.quantities_in(s, cue)][-len(after):]
    names = [ctx.raw_indicator.get(x.start) for x in earlier]
    # 占全国总量的6.5%、西部地区的30.7%，分别比上年同期提高0.1个、0.2个百分点: one name for all
    if len(after) >= 2 and len(earlier) == len(after) and all(names) \
            and len(set(names)) in (1, len(names)):
        earlier_name = names[k]
        if not earlier_name or q.unit_kind not in cat.indicators[earlier_name].kinds:
            return ""
        # one name for all may still split into its parts (城镇和农村…分别增长3%、6.4%)
        return earlier_name if len(set(names)) > 1 else _split_list(earlier_name, q, ctx)
    known = [n for n in names if n]
    if len(after) >= 2 and (len(ctx.quantities_in(s, cue)) == len(after) or _paired_levels(earlier, after, ctx)) and known \
            and len(set(known)) == len(known) and not _PROGRESS.search(ctx.body, cue, q.start):
        # 城镇居民人均可支配收入和农民人均现金收入分别为13794元和8866元，分别增长9%和9.5%: each
        # figure the indicator of its earlier one, where that has one
        earlier_name = names[k]
        return earlier_name if earlier_name and q.unit_kind in cat.indicators[earlier_name].kinds else ""
    return None


def _listed_item_name(ctx: _Context, items: list[tuple[int, int]], k: int, q: Quantity) -> str:
    """The indicator item ``k`` of a list before 分别 names for ``q`` (:func:`_item_name`), with the
    tail the last item adds (第一产业、第二产业、第三产业投资: 第一产业投资, none)."""
    a, b = items[k]
    tail = _shared_tail(ctx, items)
    if tail and k < len(items) - 1:
        cat = catalogue()
        named = cat.alias(ctx.body[a:b] + tail)
        return named if named and q.unit_kind in cat.indicators[named].kinds else ""
    return _item_name(ctx, a, b, q)


def _shared_tail(ctx: _Context, items: list[tuple[int, int]]) -> str:
    """The words the last of listed items adds after the ending the others share, which all
    of them take (第一产业、第二产业、第三产业投资: 投资), or ""."""
    texts = [ctx.body[a:b] for a, b in items]
    ends = {t[-_TAIL_END:] for t in texts[:-1]}
    if len(ends) != 1 or any(len(t) <= _TAIL_END for t in texts[:-1]):
        return ""
    last = texts[-1]
    at = last.rfind(ends.pop())
    return last[at + _TAIL_END:] if at > 0 else ""


#: How many characters of their endings listed items must share to take the last one's tail.
_TAIL_END = 2


def _paired_levels(earlier: list[Quantity], after: list[int], ctx: _Context) -> bool:
    """Whether the figures right before 分别 are one each per clause, none of the kind of
    those after it (一般预算收入完成7309万元，累计支出64338万元，同比分别增长43.6%和32.4%)."""
    kinds = {x.unit_kind for x in ctx.quantities if x.start in after}
    clauses = {ctx.phrase_start(0, x.start, clause=True) for x in earlier}
    if len(earlier) != len(after) or len(clauses) != len(earlier) or any(x.unit_kind in kinds for x in earlier):
        return False
    # one more level of their kind right before them (存款余额…，贷款余额…，储蓄余额…，分别增长9.9%、
    # -4.2%…, a third growth misread): the list is longer than the figures paired
    k = bisect_right(ctx.q_starts, earlier[0].start - 1) - 1
    prior = ctx.quantities[k] if k >= 0 else None
    return prior is None or prior.unit_kind != earlier[0].unit_kind \
        or any(c in ctx.body[prior.end:earlier[0].start] for c in "；;。")


def _named_indicator(q: Quantity, ctx: _Context, start: int) -> tuple[str, bool] | None:
    """The indicator the figure's own words name, and whether they name a new slice."""
    cat = catalogue()
    if q.subject and ctx.body.startswith(q.subject, q.end):
        phrase_end = min(ctx.phrase_end(q.end), ctx.sentence(q.start)[1])
        for m_start, _, name in cat.matches(ctx.body[q.end:phrase_end]):
            if q.unit_kind in cat.indicators[name].kinds:
                return _with_prefix(name, ctx, q.end, q.end + m_start)
        return None   # the counted noun after the figure says what it is
    window = ctx.body[start:q.start]
    whole = start + len(cat.before_part_of(window))   # what follows 占 is the whole
    for m_start, m_end, name in reversed(cat.matches(window)):
        a, b = start + m_start, start + m_end
        if a >= whole or q.unit_kind not in cat.indicators[name].kinds or _names_a_base(ctx, start, a, name, q):
            continue
        part_of = cat.before_part_of(ctx.body[b:q.start])
        if not _only_filler(ctx, b, b + len(part_of), verbs=True):
            joined = _joined_name(ctx, a, b, q)
            if joined is not None:
                return _with_prefix(joined, ctx, ctx.phrase_start(start, a), a)
            if q.unit_kind == "points" and len(part_of) == q.start - b and _gap_after(ctx, b, q.start):
                # 一产增加值增幅高于全国0.7个百分点: the gap of the name's own growth
                return _with_prefix(name, ctx, ctx.phrase_start(start, a), a)
            if len(part_of) == q.start - b and _FROM_THE.fullmatch(part_of):
                # 全县地区生产总值从改革开放之初的7991.5万元提高到…: the name's level at a time
                return _with_prefix(name, ctx, ctx.phrase_start(start, a), a)
            if len(part_of) == q.start - b and _only_predicates(ctx, a, b, q.start):
                # 规模以上工业增加值表现尤为突出，同比增长11.9%: what stands between only says how
                return _with_prefix(name, ctx, ctx.phrase_start(start, a), a)
            return None   # 常住人口城镇化率: another measure of the name
        share = cat.share_of_gdp(name, ctx.body[b:q.start])
        if share is None and q.unit_kind == "percent" and ctx.body.startswith(_SHARE_AFTER_NAME, b) \
                and not cat.grouped(name):
            return None   # 税收占比75.5%: the name's share of a whole, no figure of the name's own
        return _with_prefix(share or name, ctx, ctx.phrase_start(start, a), a)
    return None


def _names_a_base(ctx: _Context, start: int, at: int, name: str, q: Quantity) -> bool:
    """Whether a name at ``at`` follows a verb of comparison and the places it compares with
    (产业…增长8.4%，增速高于全市规上工业增速7.4个百分点): it names the base, not the figure's
    own indicator, unless the figure before it in the sentence is of the same (园区工业增加值同比
    增长12.51%，高出全市工业增加值增速3.87个百分点)."""
    verb = _BASE_VERB.search(ctx.body, max(start, at - _BASE_VERB_REACH), at)
    if verb is None or _without_places(ctx, verb.end(), at, self_refs=True).strip():
        return False
    before = ctx.quantities_in(ctx.sentence(q.start)[0], q.start)
    return not (before and ctx.raw_indicator.get(before[-1].start) == name)


#: A share's word right after an indicator's name (税收占比, 税收比重): the name's share of a whole.
_SHARE_AFTER_NAME = ("占比", "比重", "所占比重")

#: 从 and a time told in words before a level (从改革开放之初的, 从建县之初的): no other measure.
_FROM_THE = re.compile(r"从[^，,。；;、\d]{1,10}的")

#: A verb of comparison before a base's name, and how far before the name it may stand.
_BASE_VERB = re.compile(r"(?:高于|低于|快于|慢于|好于|优于|超过|超出|高出|落后于|比|较)(?=[^，,；;。]*$)")
_BASE_VERB_REACH = 8


def _only_predicates(ctx: _Context, name: int, start: int, end: int) -> bool:
    """Whether ``[start, end)``, between an indicator's name (from ``name``) and its figure,
    holds no noun, place, date or other figure: only verbs, adverbs and adjectives
    (规模以上工业增加值表现尤为突出，同比增长), within one sentence. The name is a word of its
    own (not 税收 in 两税收入) and no base of a comparison (增速比规模以上工业总产值快); the name's
    rate word may open them (工业投资增速有所回落，同比下降8.9%)."""
    rate = next((w for w in _GROWTH_RATE_WORDS if ctx.body.startswith(w, start)), "")
    if rate and not ctx.body.startswith(_GROWTH_RATE_WORDS, start + len(rate), end):
        start += len(rate)   # 增速有所回落: the name's own rate, then how it moved
    text = ctx.body[start:end]
    if not text or len(text) > _PREDICATE_REACH or any(c in text for c in "。；;：:（(“") \
            or ctx.body[max(0, name - 2):name].endswith(("比", "较", "于")) \
            or ctx.places_in(start, end) or ctx.dates_in(start, end) or ctx.quantities_in(start, end):
        return False
    head = max(ctx.sentence(name)[0], name - 4)
    words = segment_words(ctx.body[head:end])
    cuts = {sum(len(w) for w in words[:k]) for k in range(len(words) + 1)}
    if name - head not in cuts or start - head not in cuts:
        return False
    tags = pos_tags()
    for word in segment_words(text):
        tag = tags.get(word, "x")
        if word in "，、," or _words().verb_filler.fullmatch(word):
            continue
        if tag[0] not in "vdacpu" or tag == "vn":
            return False
    return True


#: How far apart (characters) a name and its figure may stand with only predicates between.
_PREDICATE_REACH = 16


#: A share of a plan (占年度目标的, 占目标任务的, 完成计划的, 占预算的): how far the plan is done.
_PROGRESS = re.compile(f"(?:{'|'.join(_PROGRESS_VERBS)})[^，。；,;]{{0,6}}{_PLAN_NOUNS}(?:[^，。；,;]{{0,3}}的)?$")


def _joined_name(ctx: _Context, a: int, b: int, q: Quantity) -> str | None:
    """规模以上工业实现总产值4317.1亿元, 规上工业企业完成产值314.60亿元: a name whose parts a
    verb splits (实现, 完成) is the catalogue name of the parts joined, when it is one."""
    m = _words().split_verb.match(ctx.body, b, q.start)
    if m is None:
        return None
    cat = catalogue()
    for k in range(min(q.start, m.end() + _JOINED_REACH), m.end(), -1):
        tail = _PRICED.sub("", ctx.body[m.end():k])   # 完成现价工业总产值: how it is priced
        name = _alias_joined(ctx.body[a:b], m.group("firms") or "", tail)
        if name is not None and q.unit_kind in cat.indicators[name].kinds \
                and _only_filler(ctx, k, q.start, verbs=True):
            return name
    return None


def _alias_joined(head: str, firms: str, tail: str) -> str | None:
    """The catalogue name of a name's parts joined across a verb: 规上工业 + 企业 + 产值 (规上工业企业完成
    产值); a tail that says the head's end again says it once (规模以上工业企业完成工业增加值:
    规模以上工业增加值)."""
    cat = catalogue()
    overlap = next((n for n in range(min(len(tail), len(head)), 0, -1) if head.endswith(tail[:n])), 0)
    return cat.alias(head + firms + tail) or (cat.alias(head + tail[overlap:]) if overlap else None)


def _split_name(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """高新技术产业完成工业总产值5227.26亿元: a name that a verb splits into two parts, neither a
    name of its own, is the catalogue name of the parts joined (高新技术产业工业总产值), when only
    filler follows it and nothing narrows it before."""
    start = ctx.sentence(q.start)[0]
    phrase = ctx.phrase_start(start, q.start)
    verbs = list(_words().split_verb.finditer(ctx.body, phrase, q.start))
    if not verbs:
        return None
    verb, cat = verbs[-1], catalogue()
    firms = verb.group("firms") or ""
    if firms and _words().firm_groups.search(ctx.body, ctx.paragraph_start(q.start), verb.start()):
        return None   # 中小企业经济运行良好。…规模工业企业实现工业增加值: the group's, no catalogue name
    note = _NOTE_END.match(ctx.body, phrase) if ctx.body[phrase - 1:phrase] in ("(", "（") else None
    if note and note.end() <= verb.start():   # 第一产业(不包括农林牧渔服务业) 实现增加值: past the note
        phrase = ctx.phrase_start(start, phrase - 1)
    head_start = max(phrase, verb.start() - _JOINED_REACH - (note.end() - phrase + 1 if note else 0))
    for i in range(head_start, verb.start() - 1):   # the longest head first
        head = _BRACKETED_NOTE.sub("", ctx.body[i:verb.start()]).strip()
        for k in range(min(q.start, verb.end() + _JOINED_REACH), verb.end(), -1):
            name = _alias_joined(head, firms, _PRICED.sub("", ctx.body[verb.end():k]))
            if name is not None and q.unit_kind in cat.indicators[name].kinds \
                    and _only_filler(ctx, k, q.start, verbs=True) and _bare_prefix(ctx, phrase, i):
                return name, False
    return None


def _places_rate(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """有22个区县的上半年GDP增速“跑赢”全市增速。其中,渝北和长寿增速超过或达到7%；大渡口…等区县的增速均在
    6%及以上; 规模以上工业增加值已经连续7个月保持月度正增长，9月当月增速达到了7.3%: a growth whose clause
    names only places, a time and the rate word (增速) is the growth of the indicator its paragraph
    last named (the last whose rate it named, if any)."""
    if q.unit_kind != "percent":
        return None
    clause = ctx.phrase_start(ctx.sentence(q.start)[0], q.start, clause=True)
    # 分别为5.2%、4.6%和5.8%: the run's first figure's words
    listed = [p for p in ctx.quantities_in(clause, q.start) if p.unit_kind == q.unit_kind]
    end = listed[0].start if listed else q.start
    listed_names = _words().listed_before_tally.match(ctx.body, clause, end)
    if listed_names:
        text = ctx.body[listed_names.end():end]
    else:
        text = _without_stems(_without_places(ctx, clause, end), ctx.home)
    for d in ctx.dates_in(clause, end):
        text = text.replace(ctx.body[d.start:d.end], "")
    named = listed_names or len(text) < end - clause or _UNNAMED_IN.search(text)
    if not named or not _RATE_WORD.search(text):
        return None
    text = _PLACES_RATE_WORDS.sub("", _UNNAMED_IN.sub("", _without_tallies(text)))
    if text and not _words().verb_filler.fullmatch(text):
        return None
    para = ctx.paragraph_start(q.start)
    before = ctx.body[para:clause]
    named_before = catalogue().matches(before)
    rates = [name for _, e, name in named_before if _RATE_WORD.match(before, e)] or [n for _, _, n in named_before]
    return _admitted(rates[-1], q) if rates else None


def _without_stems(text: str, home: Place | None) -> str:
    """``text`` less the short names of the counties of ``home`` it lists (渝北和长寿 on 重庆's page)."""
    if home is None:
        return text
    for m in reversed(places.gazetteer().county_stems(text)):
        if m.place is not None and home.contains(m.place):
            text = text[:m.start] + text[m.end:]
    return text


def _without_tallies(text: str) -> str:
    """``text`` less its tallies of places (三个片区, 等区县: the places listed again)."""
    return _words().place_tally.sub("", _words().listed_tally.sub("", text))


#: The rate words, what else a clause of places' rates holds (其中, 的, joins, a note in brackets),
#: and a part the gazetteer does not name (中心城区).
_RATE_WORD_PATTERN = "的?(?:" + "|".join((*_GROWTH_RATE_WORDS, "增长速度")) + ")"
_RATE_WORD = re.compile(_RATE_WORD_PATTERN)
_PLACES_RATE_WORDS = re.compile(f"其中|{_RATE_WORD_PATTERN}|分别|当月|[{_ITEM_JOINS}的或均都了，,：:]|[（(][^（()）]{{0,10}}[）)]")
_UNNAMED_IN = re.compile(f"[\u4e00-\u9fff]{{2,5}}?(?:中心城区|城区|新城)(?=[{_ITEM_JOINS}])")


def _paragraph_topic(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """从GDP总量看，…长垣市突破了500亿元，达到529.59亿元。红旗区…为395.74亿元; 规模以上工业增加值方面，
    卫滨区增速16.7%: a paragraph opened by the indicator it looks at (从…看, …方面, 再看…) is about
    it, so its figures that name nothing else are that indicator's."""
    start = ctx.paragraph_start(q.start)
    m = _TOPIC_OPENER.match(ctx.body, start)
    if m is None:
        return None
    cat = catalogue()
    name = cat.alias(m.group("name"))
    return _admitted(name, q) if name else None


def _sentence_topic(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """在固定资产投资上，全区达到了846.59亿元，同比增长21.6%: a sentence opened by the indicator it
    is about (在…上, 在…方面) gives it to its figures that name nothing else."""
    m = _IN_TOPIC.match(ctx.body, ctx.sentence(q.start)[0])
    name = catalogue().alias(m.group("name")) if m else None
    if m is None or name is None or not _TOPIC_VERB.fullmatch(_without_places(ctx, m.end(), q.start, self_refs=True)):
        return None   # …，全市共储备项目1022个，总投资3707亿元: another subject named between
    return _admitted(name, q)


#: What may stand between such an opening and its figure: a place and a verb (全区达到了).
_TOPIC_VERB = re.compile(r"(?:累计)?(?:达到了?|达|实现了?|完成了?|为|突破了?)?")
#: A sentence's opening that names the indicator it is about (在固定资产投资上，在招商引资方面，).
_IN_TOPIC = re.compile(r"[ \t\u3000]*在(?P<name>[\u4e00-\u9fffA-Z]{2,14}?)(?:上|方面)[，,]")
#: A paragraph's opening that names the indicator it looks at (从GDP总量看，规模以上工业增加值方面，再看固定资产投资，).
_TOPIC_OPENER = re.compile(
    r"[ \t\u3000]*(?:从|再看|看|就)?(?P<name>[\u4e00-\u9fffA-Z]{2,14}?)(?:的)?(?:总量|增速|增幅|规模)?"
    r"(?:来看|看|方面)?[，,：:]")


def _part_of_the_whole(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """固定资产投资同比增长14.7%，其中，房地产同比增长9.9%: an item of a breakdown named by a part's
    short name alone (lexicon part_names) is that part's indicator."""
    name = q.subject.removeprefix("其中")
    start = ctx.sentence(q.start)[0]
    for x in reversed(ctx.quantities_in(start, q.start)):
        whole = ctx.raw_indicator.get(x.start)
        if whole:
            return _admitted(catalogue().part_named(whole, name), q)
    return None


def _shared_verb(q: Quantity, before: Quantity | None, ctx: _Context) -> tuple[str, bool] | None:
    """实际使用内资30.2亿元、外资381万美元: a noun listed right after a figure, parallel to the end of
    that figure's subject (内资, 外资), shares the words before it (实际使用外资)."""
    own = q.subject
    if before is None or not own or not before.subject or ctx.body[before.end:q.start] != "、" + own:
        return None
    head, tail = before.subject[:-len(own)], before.subject[-len(own):]
    if not head or tail == own or tail[-1] != own[-1]:
        return None
    return _admitted(catalogue().find(head + own, q.unit_kind), q)


#: How a figure is priced, written before its name (现价工业总产值, 可比价增加值).
_PRICED = re.compile(r"^(?:按)?(?:现价|可比价格?|不变价格?)(?:计算的?)?")

#: How many characters after the verb the second part of a split name may take.
_JOINED_REACH = 8


#: What before an indicator's name makes the figure the rest's (非房地产投资).
_NOT_PREFIX = "非"


def _with_prefix(name: str, ctx: _Context, start: int, end: int) -> tuple[str, bool] | None:
    """``name`` when only neutral words precede it in its phrase; a new-slice word
    just before it (新增, 新认定) is noted; any other word names a subgroup."""
    text = ctx.body[start:end]
    if text.endswith(_NOT_PREFIX):
        return None   # 非房地产投资: all but the name's, no figure of it
    new = text.endswith(_words().new_slice)
    if new:
        text = text[:-next(len(w) for w in _words().new_slice if text.endswith(w))]
    return (name, new) if _bare_prefix(ctx, start, start + len(text)) else None


def _county_stem_alone(text: str) -> bool:
    """Whether ``text`` is only a county's short name (仁怀 before 地区生产总值): the county's figure."""
    stems = places.gazetteer().county_stems(text) if 2 <= len(text) <= _STEM_MAX else []
    return len(stems) == 1 and stems[0].start == 0 and stems[0].end == len(text)


#: The longest county short name read alone before an indicator's name.
_STEM_MAX = 4

#: How far past an indicator's name's start a place read before it may run (仁怀地区|生产总值).
_PLACE_OVERLAP = 4


def _places_taken_together(ctx: _Context, q: Quantity) -> bool:
    """Whether the sentence of ``q`` is about a count of divisions taken together (全省78个县(市)实现
    生产总值…，同比增长8.6%): their sum is no division's figure, the province's least of all; not a
    count summing up places listed before it (泸溪县、凤凰县和保靖县4个县区…, each its own figure)."""
    start = ctx.sentence(q.start)[0]
    found = _PLACES_COUNTED.search(ctx.body, start, q.start)
    return found is not None and ctx.body.startswith(_TAKEN_TOGETHER, found.end()) \
        and not any(j in ctx.body[start:found.start()] for j in ("、", "和"))


#: What follows a count of divisions that is the sentence's subject (…78个县(市)实现, 完成, 的).
_TAKEN_TOGETHER = ("实现", "完成", "共完成", "累计实现", "累计完成", "的")
#: A count of divisions taken together (78个县(市), 11个县区, 全省105个县): a group, no division's own.
_PLACES_COUNTED = re.compile(r"[0-9一二三四五六七八九十百]+个(?:县|市|区|旗)(?:[(（][市区、县旗]+[)）]|[市区县旗]{1,2})?")


def _bare_prefix(ctx: _Context, start: int, end: int) -> bool:
    """Whether only places, time phrases, neutral words (全社会, 全年, 实现…) and
    verbs (培育, 拥有) stand between ``start`` and an indicator's name at ``end``; a
    noun there narrows it to a subgroup (民营企业出口, 小微企业贷款余额); how it is computed
    does not (按常住人口、户籍人口计算的人均地区生产总值)."""
    start = _after_tally(start, end, ctx)
    start = _after_basis(start, end, ctx)
    close = max(ctx.body.rfind(")", start, end), ctx.body.rfind("）", start, end))
    if close >= 0 and _BYLINE_OPEN.match(ctx.body, max(ctx.body.rfind("(", 0, close), ctx.body.rfind("（", 0, close)) + 1):
        start = close + 1   # …7月26日电 (记者 阎梦婕)地区生产总值: a byline closed before the name
    heading = [m.end() for m in _words().heading_predicates.finditer(ctx.body, start, end)]
    if heading:   # 工业经济稳中有进规上工业总产值: a heading run into the sentence
        start = heading[-1]
    dated = ctx.dates_in(start, end)
    if dated:   # …主要预期目标今年地区生产总值: a time phrase opens the name's own phrase
        start = dated[0].end
    note = _NOTE_END.match(ctx.body, start) if ctx.body[start - 1:start] in ("(", "（") else None
    if note and note.end() <= end:   # (not a name inside the note: 11.14万人(户籍人口))
        # 金融机构(含外资)本外币各项存款余额, 镇(街)规上工业: the phrase broke at a note's bracket;
        # the words before the note are the name's prefix too
        start = ctx.phrase_start(ctx.sentence(start)[0], start - 1)
    text = _NOTE.sub("", _words().basis.sub("", ctx.body[start:end]))
    for m in ctx.places_in(start, end + _PLACE_OVERLAP):
        if m.start < end and m.text not in _words().area_parts:   # 城镇常住人口: a part of the population
            # (仁怀地区生产总值: a place read as 仁怀地区 runs into the name; its part before the name goes)
            text = text.replace(ctx.body[m.start:min(m.end, end)], "")
    for m in ctx.zones_in_names:
        if start <= m.start and m.end <= end:
            text = text.replace(m.text, "")
    if _words().indicator_prefix.fullmatch(text) or _county_stem_alone(text):
        return True
    if any(w in text for w in _words().subgroups):
        return False
    tags = pos_tags()
    return not any(tags.get(w) in _NARROWING_TAGS and not _words().indicator_prefix.fullmatch(w)
                   for w in segment_words(text))


#: What opens a byline in brackets ((记者 阎梦婕), （通讯员 …）).
_BYLINE_OPEN = re.compile(r"\s*(?:记者|通讯员|特约|实习生|见习记者|本报记者)")


def _after_tally(start: int, end: int, ctx: _Context) -> int:
    """``start``, or the end of a tally of the places listed right before it that spans or
    opens it (泸溪县、凤凰县和保靖县4个县区规模工业增加值: the tally names them again)."""
    for m in _words().place_tally.finditer(ctx.body, max(0, start - _TALLY_REACH), end):
        if m.start() <= start < m.end() and any(
                p.place is not None and p.end == m.start()
                for p in ctx.places_in(max(0, m.start() - _TALLY_REACH), m.start())):
            return m.end()
    return start


#: How far before a name's phrase a tally of places (4个县区) may open.
_TALLY_REACH = 8


def _after_basis(start: int, end: int, ctx: _Context) -> int:
    """``start``, or the end of a basis phrase (按常住人口、户籍人口计算的) that spans it."""
    for m in _words().basis.finditer(ctx.body, max(0, start - _BASIS_REACH), end):
        if m.start() <= start < m.end():
            return m.end()
    return start


#: How far back before a name's phrase a basis phrase (按…计算的) may open.
_BASIS_REACH = 16

#: jieba tags of words that narrow a subject: nouns, abbreviations, adjectives.
_NARROWING_TAGS = frozenset({"n", "nz", "ng", "nr", "j", "a", "an", "b"})


def _only_filler(ctx: _Context, start: int, end: int, verbs: bool = False, places: bool = False) -> bool:
    """Whether ``[start, end)`` names no other subject (其中10月份, 比上年, 同口径增长);
    with ``verbs``, the verbs and hedges that may stand between a subject and its
    figure count as filler too (突破, 预计, 稳定在); with ``places``, so do places and
    their parts (…6.5%、西部地区的30.7%; 其中重庆部分14098.2亿元: the same indicator's)."""
    text = _without_places(ctx, start, end) if places else ctx.body[start:end]
    text = _LEVEL_WITH.sub("", text)   # ，与全市持平，两年平均增长14.5%: level with another's, the same figure's
    if places:
        text = text.replace(_words().part_word, "")
    for d in ctx.dates_in(start, end):
        if not (d.text[:1].isdigit() and _names_same_period(d, ctx)) or ctx.body[d.start - 1:d.start] in ("比", "较", "与"):
            # 比上年同期 is the usual base, and 比2019年同期 (增长16.4%, 与2019年同期相比) one years
            # back: the same indicator's growth against another base
            text = text.replace(ctx.body[d.start:d.end], "")
    text = catalogue().before_part_of(_words().basis.sub("", _NOTE.sub("", _PLAN_BASE.sub("", text))))
    return bool((_words().verb_filler if verbs else _words().filler).fullmatch(text))


#: A five-year plan's end as a change's base (较“十五”末净增15.91亿元): the same indicator's change.
_PLAN_BASE = re.compile(r"[较比](?:[“\"]?十[一二三四五六七八九]?五[”\"]?)(?:末|期末)")


#: A clause saying a figure is level with another place's or period's (与全市持平, 与上年持平).
_LEVEL_WITH = re.compile(r"[与和同][\u4e00-\u9fff]{1,6}?持平")

#: The subject of a figure per head of the one before it (人均突破31万元).
_PER_HEAD = "人均"


def _gap_after(ctx: _Context, start: int, end: int) -> bool:
    """Whether ``[start, end)``, between a figure and one in points, only tells a gap against
    another place's figure (，高于全市; ，增速比全省平均水平高): the same indicator's."""
    text = _without_places(ctx, start, end, self_refs=True)
    for d in ctx.dates_in(start, end):   # 增长速度比第二季度快1.66个百分点: against an earlier stretch
        text = text.replace(ctx.body[d.start:d.end], "")
    return bool(_words().gap_filler.fullmatch(_without_rank(text)))   # 增长19.8%，居三县第1位，高于全市…


def _without_rank(text: str) -> str:
    """``text`` (what stands between two figures) less any clause ranking the first (居全市第5位)."""
    return _RANK_CLAUSE.sub("", text) if "第" in text or "首" in text else text


#: A clause that ranks the figure before (居全市第5位, 排名第一, 位居循环县区榜首(与旬阳县并列), or a
#: clause of its own with no verb, 全省第8位):
#: between a figure and its gap.
_RANK_CLAUSE = re.compile(r"(?:增速|增幅)?(?:居|位居|位列|排名|排|列)[^，,；;。\d]{0,8}?"
                          r"(?:第[0-9一二三四五六七八九十]+(?:位|名)?|首位|榜首)(?:[（(][^（()）\d]{0,12}[）)])?"
                          r"|(?<=[，,；;])(?:全[国省市区州县盟旗])?第[0-9一二三四五六七八九十]+(?:位|名)?(?=[，,；;])")


def _without_places(ctx: _Context, start: int, end: int, self_refs: bool = False) -> str:
    """``[start, end)`` of the body with the names of its places taken out; with
    ``self_refs``, self references (全市, 全省) too."""
    text = ctx.body[start:end]
    for m in ctx.places_in(start, end):
        if self_refs or m.place is not None:
            text = text.replace(ctx.body[m.start:m.end], "")
    return text


#: A note in brackets of any words inside a name (第一产业(不包括农林牧渔服务业) 实现增加值).
_BRACKETED_NOTE = re.compile(r"[（(][^（()）]{1,16}[）)]")
#: The rest of a note in brackets a phrase starts inside (含外资) before a name.
_NOTE_END = re.compile(r"[\u4e00-\u9fff、，]{1,12}[）)]")
#: A short note in brackets after a name (固定资产投资(不含农户), 地区生产总值(现价)), or a
#: bulletin's note mark ([注3], 〔2〕): filler.
_NOTE = re.compile(r"[（(][\u4e00-\u9fff、，“”]{1,10}[）)]|[\[［]注\d{0,2}[\]］]|〔\d{1,2}〕")   # (以下简称“增长”)


#: What joins the figures of a list split by name or sum (29092元、17191元; 达到23292元和7750元).
_SPLIT_JOINS = ("、", "和")


def _split_list(name: str, q: Quantity, ctx: _Context) -> str:
    """城乡居民人均可支配收入分别达8.4万元和4.6万元 (or 城镇和农村…完成29092元、17191元): the
    first figure of each list in its clause is the urban one, the second the rural one; one
    figure each part holds (城乡居民人均可支配收入均增长7%左右) is neither's alone, "" (none)."""
    s, _ = ctx.sentence(q.start)
    listed = ctx.body[q.end:q.end + 1] in _SPLIT_JOINS or ctx.body[q.start - 1:q.start] in _SPLIT_JOINS
    cat = catalogue()
    parts = cat.split(name, ctx.body[s:q.start], listed)
    if not parts:
        each = _EACH_PART.search(ctx.body, ctx.phrase_start(s, q.start, clause=True), q.start)
        return "" if each and cat.split(name, ctx.body[s:each.start()], True) else name
    clause = ctx.phrase_start(s, q.start, clause=True)
    # the figures of its kind before it (…23292元和7750元、分别增长8.8%和10%: 8.8% is the first rate)
    index = sum(1 for p in ctx.quantities_in(clause, q.start) if p.unit_kind == q.unit_kind)
    return parts[min(index, len(parts) - 1)]


#: What says each of a name's parts holds the figure after it (城乡居民人均可支配收入均增长7%左右).
_EACH_PART = re.compile(r"(?<![年平人])[均都](?=增长|下降|提高|达到|达|为|在)")   # (not 年均增长)


def _measure(q: Quantity, ctx: _Context) -> Measure:
    if q.unit_kind == "points":
        # a change in 个百分点 is points; one in 个千分点 (比上年下降0.86个千分点) is a difference
        # of a rate in ‰, as the spec keeps points for 个百分点
        return Measure.POINTS if q.unit == "百分点" else Measure.DIFFERENCE
    if q.unit_kind == "multiple":
        return Measure.MULTIPLE
    if q.unit_kind == "ratio":
        return Measure.SHARE
    words = _words()
    start = ctx.sentence(q.start)[0]
    lead = ctx.body[max(start, q.start - 12):q.start]
    followed = _measure_after(q, ctx)
    if followed is not None:
        return followed
    if q.unit_kind in ("percent", "fraction"):
        return Measure.GROWTH if _held_rate(q, ctx) is not None else _percent_measure(q, ctx, start, lead)
    if q.change and lead.rstrip(_HEDGE_CHARS).endswith(words.new_slice) and not lead.endswith("净增"):
        return Measure.LEVEL    # 新增72家 counts what is new, no change against a base
    if not q.change and "净增" in ctx.body[ctx.phrase_start(start, q.start):q.start]:
        return Measure.DIFFERENCE   # 累计净增开票销售70.51亿元: a net change of the sales
    if not q.change and _GAP_BEFORE.search(ctx.body, ctx.phrase_start(start, q.start, clause=True), q.start):
        return Measure.DIFFERENCE   # 比全省平均水平高9277元: how far above another's level
    if not q.change and words.plan_gap.search(lead):
        return Measure.DIFFERENCE   # 增长5.2%，超任务0.1亿元: how far past its plan
    if not q.change and _gap_over_place(q, ctx, start):
        return Measure.DIFFERENCE   # 分别超过淮安456.8亿元、连云港19.6亿元
    return Measure.DIFFERENCE if q.change else Measure.LEVEL


def _held_rate(q: Quantity, ctx: _Context) -> Quantity | None:
    """其中6月份增长5.4%，连续4个月保持在4%以上: a rate a growth of its sentence has held, told with 保持在
    (稳定在, 维持在) and no name of its own, is that growth's measure and indicator; the growth it is."""
    start = ctx.sentence(q.start)[0]
    if not _HELD_AT.search(ctx.body, max(start, q.start - _HELD_REACH), q.start):
        return None
    clause = ctx.phrase_start(start, q.start, clause=True)
    if catalogue().matches(ctx.body[clause:q.start]):
        return None
    return next((x for x in reversed(ctx.quantities_in(start, q.start))
                 if x.unit_kind == "percent" and x.measure is Measure.GROWTH), None)


def _held_growth_indicator(q: Quantity, ctx: _Context) -> tuple[str, bool] | None:
    """The indicator of the growth a rate held is (:func:`_held_rate`)."""
    held = _held_rate(q, ctx) if q.unit_kind == "percent" else None
    name = ctx.raw_indicator.get(held.start) if held is not None else None
    return (name, False) if name else None


#: A verb of holding right before a rate (保持在, 稳定在), and how far before the figure it may stand.
_HELD_AT = re.compile(r"(?:保持在|稳定在|维持在)$")
_HELD_REACH = 4


def _percent_measure(q: Quantity, ctx: _Context, start: int, lead: str) -> Measure:
    """The measure of a percentage: growth, a share or a vital rate's level, as the words
    before it (``lead``, from the sentence start ``start``) say."""
    words = _words()
    cue = ctx.body.rfind(words.respectively, start, q.start)
    listed = ctx.body[max(start, cue - 12):cue + 4] if cue >= 0 else ""   # the words of a 分别 cue
    if q.change and q.text.startswith(_SIGNS) and listed:
        # 贡献率分别是7.3%、-54.1%: a share below zero
        return Measure.SHARE if _end_of_last(listed, words.share) > _end_of_last(listed, words.growth) \
            else Measure.GROWTH
    if q.change:
        return Measure.GROWTH
    if listed and _last_of(lead, words.share) < 0 and _last_of(lead, words.growth) < 0:
        # 比重分别为21.7%、41.7%、36.6%: a list's figures are measured as the cue says
        lead = listed
    vital = _end_of_last(lead, words.level_rates)
    if vital and vital >= max(_end_of_last(lead, words.share), _end_of_last(lead, words.growth)):
        return Measure.LEVEL    # 出生率为7.62‰: a vital rate is a level of its own
    if _end_of_last(lead, words.share) > _end_of_last(lead, words.growth):
        return Measure.SHARE   # (not 增长率为7.8%: the growth word ends where its 率 does)
    if _last_of(lead, words.growth) >= 0:
        return Measure.GROWTH
    nature = catalogue().nature(q.indicator)
    if nature in ("flow", "stock") or _CHANGE_AIMED.search(lead):
        return Measure.GROWTH   # 经济增长目标为5%左右: the growth aimed at
    return Measure.SHARE


#: A change named before the aim it sets (增长目标为, 增长预期目标是): the figure is that growth.
_CHANGE_AIMED = re.compile(r"(?:增长|下降)(?:的)?(?:预期)?目标")


#: The minus signs a fall may be written with (-54.1%).
_SIGNS = ("-", "－", "−")


def _measure_after(q: Quantity, ctx: _Context) -> Measure | None:
    """The measure the words right after a figure give: growth (以年均20.2%的速度增长), or for
    a percentage a share of a whole told before (其中72.4%来自新开工项目)."""
    words = _words()
    if ctx.body.startswith(words.growth_after, q.end) or _rate_named_after(q, ctx) or (
            q.unit_kind == "percent" and ctx.body.startswith(_GROWTH_RATE_WORDS, q.end)):
        return Measure.GROWTH   # 保持30%以上增幅: the rate named right after it
    if q.unit_kind in ("percent", "fraction") and not q.change and ctx.body.startswith(words.share_after, q.end):
        return Measure.SHARE
    return None


def _gap_over_place(q: Quantity, ctx: _Context, start: int) -> bool:
    """Whether the figure follows a place compared against right after a verb of going
    beyond it (超过淮安456.8亿元, 、连云港19.6亿元): how far ahead of that place's level."""
    clause = ctx.phrase_start(start, q.start, clause=True)
    places_before = ctx.places_in(clause, q.start)   # nearest first
    if not places_before or not places_before[0].comparison \
            or ctx.body[places_before[0].end:q.start].strip(_HEDGE_CHARS):
        return False
    return any(_GAP_VERB.search(ctx.body, clause, m.start) for m in places_before if m.comparison)


#: A verb of going beyond, or falling behind, another's level (超过淮安, 低于全省).
_GAP_VERB = re.compile(r"(?:超过|超出|高于|高出|多于|领先|低于|少于|落后于?)$")


#: 比全省(平均水平)高 right before a figure: a gap against another level (not 低于4160元, a bound).
_GAP_BEFORE = re.compile(r"比[^，,；;。]{1,12}?(?:高|低|多|少)出?[了]?$")


#: Hedge characters that may stand between a word and its figure (新增近300家).
_HEDGE_CHARS = "近约超逾达了"


def _last_of(text: str, words: tuple[str, ...]) -> int:
    return max((text.rfind(w) for w in words), default=-1)


def _end_of_last(text: str, words: tuple[str, ...]) -> int:
    """Where the last of ``words`` in ``text`` ends; 0 when none is there."""
    return max((i + len(w) for w in words if (i := text.rfind(w)) >= 0), default=0)


def _target(q: Quantity, ctx: _Context) -> bool:
    if _counts_speech_parts(q, ctx.sentence(q.start)[0], ctx):
        return False   # 报告分为过去五年工作的回顾、今后五年…三大部分: the speech's parts, no plan
    whole = _breakdown_whole(q, ctx)
    if whole is not None:
        return bool(whole.target)   # 谋划项目56项…其中：产业转型类项目36项: as its whole is
    cue = ctx.cue_before(q.start) or _same_below(q.start, ctx) or _list_led_by_cue(q.start, ctx) \
        or _in_a_plan(q.start, ctx) \
        or _in_plan_section(q.start, ctx) or _named_capacity(q, ctx) or _year_programme(q, ctx) \
        or _quoted_aims(q.start, ctx) or _parts_of_a_plan(q, ctx) or _plan_of_progress(q, ctx)
    if cue and _words().done.search(ctx.body, ctx.phrase_start(ctx.sentence(q.start)[0], q.start, clause=True), q.start):
        cue = False   # …规划建设政策不符合，…工程欠款已达3亿元左右: already owed, no plan
    if cue and _words().overseen.search(ctx.body, max(0, q.start - _OVERSEEN_REACH), q.start):
        cue = False   # 我局将积极督促五个乡加大工作力度: those urged are there already, no plan
    if cue and _now_stands(q.start, ctx):
        cue = False   # 确保取得实效，目前16件提案全部办结: how things stand, no plan
    # the day the story tells of: a report delivered on 17日 (12月17日), posted in January
    now = date.fromisoformat(ctx.story_day) if ctx.story_day else ctx.today
    if cue and q.period and period_days(q.period) > 1 and _ended(q.period, now) \
            and _only_estimated(q.start, ctx):
        # 预计全年…, said once the year has ended: its early outcome. Said on 26 December, the year
        # is not over yet, and the gold README makes it a forecast
        cue = False
    if q.period is None or ctx.today is None or now is None:
        return cue
    period_start, period_end = iso_bounds(q.period)
    if period_start > ctx.today or (period_start == ctx.today and (period_end - period_start).days > 1):
        return True          # a figure of a period not yet begun (未来5年) is a plan or forecast
    # a plan seen on the day a story reports (计划总投资1000万元, on the 观摩's day) stays one,
    # and so does a forecast for a year not ended on that day (12月28日…今年有望…过600亿)
    return cue and (period_end > now or q.period == ctx.story_day)


#: How far before a count a verb of overseeing may stand (督促全县五个乡).
_OVERSEEN_REACH = 6


def _same_below(pos: int, ctx: _Context) -> bool:
    """Whether a cue said to hold for what follows (预计(下同)全年实现…) stands earlier in the
    paragraph of ``pos``: its later sentences' figures are estimated too."""
    if ctx._same_below is None:   # found once per article: most have none
        ctx._same_below = [m.span() for m in _SAME_BELOW.finditer(ctx.body)]
    return any(ctx.paragraph_start(pos) <= a and b <= pos for a, b in ctx._same_below)


#: A cue said to hold for what follows it (预计(下同), 预计（下同）).
_SAME_BELOW = re.compile(r"(?:预计|预期|计划)[（(]下同[）)]")


def _now_stands(pos: int, ctx: _Context) -> bool:
    """Whether a clause telling how things stand now (，目前…) opens between the figure at
    ``pos`` and every plan word of its sentence before it."""
    start = ctx.sentence(pos)[0]
    opened = [m.end() for m in _words().status_opener.finditer(ctx.body, start, pos)]
    return bool(opened) and not any(m.group("cue") for m in _words().target.finditer(ctx.body, opened[-1], pos))


def _year_programme(q: Quantity, ctx: _Context) -> bool:
    """全年确定实施重点项目52个, 2020年全县共实施…项目46个, told in the first half of that
    year: the year's programme of projects, not what has been done."""
    if ctx.today is None or q.period != str(ctx.today.year) or ctx.today.month > _PROGRAMME_MONTHS:
        return False
    start = ctx.sentence(q.start)[0]
    clause = ctx.body[ctx.phrase_start(start, q.start, clause=True):q.start]
    return _words().year_programme.search(clause) is not None


#: How far into a year (months) a list of its projects is still its programme.
_PROGRAMME_MONTHS = 6


def _parts_of_a_plan(q: Quantity, ctx: _Context) -> bool:
    """Whether the figures of ``q``'s unit in its sentence add up to a planned figure of the
    two sentences before (拟实施重大项目69个… / 今年续建项目30个…；新开工项目39个…): they break
    the plan down, and are planned too."""
    if not q.unit or q.unit_kind == "percent":
        return False
    start, k = ctx.list_start(q.start), ctx.index(q.start)
    # the plans first: most figures have none before them, and need no sums
    reach = ctx.sentences[max(0, ctx.index(start) - _PLAN_PARTS_REACH)][0]
    plans = [x.value for x in ctx.quantities_in(reach, ctx.sentences[k][0]) if x.target and x.unit == q.unit and x.value]
    if not plans:
        return False
    totals = set()
    for a, b in ((start, ctx.list_end(q.start)), ctx.sentences[k]):   # the list, the item
        parts = [x.value for x in ctx.quantities_in(a, b) if x.unit == q.unit and x.value is not None]
        # …项目10个，其中，新开工项目6个，…复工项目4个: a whole and its parts add up to nothing
        if len(parts) >= 2 and not any(2 * p == sum(parts) for p in parts):
            totals.add(sum(parts))
    return any(abs(plan - t) <= 1e-9 * plan for plan in plans for t in totals)


#: How many sentences back a plan whose parts a sentence adds up to may stand.
_PLAN_PARTS_REACH = 3


def _quoted_aims(pos: int, ctx: _Context) -> bool:
    """Whether ``pos`` stands in a quotation opening its sentence, right after a sentence of
    its paragraph that names aims (我们…明确目标，再出发！“生产总值增长6%，…”): the aims quoted."""
    k = ctx.index(pos)
    start = ctx.sentences[k][0]
    if not ctx.body.startswith(_OPENING_QUOTE, start) or _CLOSING_QUOTE in ctx.body[start:pos] \
            or not ctx.continues_paragraph(k):
        return False
    prior = ctx.body[slice(*ctx.sentences[k - 1])]
    return any(w in prior for w in _words().aim_words) and not ctx.quantities_in(*ctx.sentences[k - 1])


_OPENING_QUOTE, _CLOSING_QUOTE = "“", "”"


def _list_led_by_cue(pos: int, ctx: _Context) -> bool:
    """Whether an earlier sentence of the list holding ``pos`` (items ending with ；) leads it
    with a plan (主要预期目标是：…；…): a list ends at a full stop."""
    k, first = ctx.index(pos), ctx.index(ctx.list_start(pos))
    if first > 0 and ctx.continues_paragraph(first) and _last_mark(ctx.body, ctx.sentences[first - 1][1]) in ("：", ":"):
        first -= 1   # …主要预期目标是：⏎◆地区生产总值增长5%；: the lead a colon ends, over bulleted items
    return any(_leads_with_cue(j, ctx) for j in range(first, k))


def _leads_with_cue(k: int, ctx: _Context) -> bool:
    """:func:`_list_lead_cue` of sentence ``k``, worked out once per sentence."""
    key = ("cue-lead", k)
    if key not in ctx._leads:
        ctx._leads[key] = bool(_list_lead_cue(ctx.body[slice(*ctx.sentences[k])]))
    return bool(ctx._leads[key])


def _breakdown_whole(q: Quantity, ctx: _Context) -> Quantity | None:
    """The whole a figure in a 其中： list breaks down: the last figure in the same unit
    before the 其中 that opens the list (共谋划项目56项，…，其中：产业转型类项目36项…；基础设施类
    项目9项). None when ``q`` is in no such list."""
    k = ctx.index(ctx.list_start(q.start))
    if k > 0 and ctx.body[ctx.sentences[k - 1][1] - 1:ctx.sentences[k - 1][1]] in ("：", ":"):
        k -= 1   # the list's lead, when a colon ends a sentence
    s = ctx.sentences[k][0]
    mark = max(ctx.body.rfind("其中：", s, q.start), ctx.body.rfind("其中:", s, q.start))
    if mark < 0 or any(m.group("cue") for m in _words().target.finditer(
            ctx.body, ctx.phrase_start(mark, q.start, clause=True), q.start)):
        return None   # an item with a cue of its own (其中：…，年度计划投资78亿元)
    if k > 0 and not ctx.body[s:mark].strip(_SENTENCE_PADDING):
        s = ctx.sentences[k - 1][0]   # …总投资121.9亿元。其中：新建项目52项: the sentence before is the whole's
    return next((x for x in reversed(ctx.quantities_in(s, mark)) if x.unit == q.unit and x.unit), None)


def _named_capacity(q: Quantity, ctx: _Context) -> bool:
    """Whether ``q`` is a yearly capacity inside a project's name (…有限公司年产800万平方米
    新型节能超薄岩板和8万套整体橱柜生产线项目; 年加工小麦12万吨面粉项目): what it is to make."""
    start = ctx.phrase_start(ctx.sentence(q.start)[0], q.start, clause=True)
    start = max(start, ctx.body.rfind("、", start, q.start) + 1)   # …年产40万吨铝基合金大板锭、投资13.37亿元的…: its own item
    return ctx.body.find("项目", q.end, _clause_end(q, ctx)) >= 0 \
        and any(w in ctx.body[start:q.start] for w in _words().capacity)


def _only_estimated(pos: int, ctx: _Context) -> bool:
    """Whether the only target cues before ``pos`` in its list are estimates (预计)."""
    start = ctx.list_start(pos)
    cues = [ctx.body[a:b] for k in range(ctx.index(start), ctx.index(pos) + 1)
            for a, b in ctx._sentence_cues(k) if a < pos]
    return bool(cues) and all(c in _words().estimates for c in cues)


def _in_plan_section(pos: int, ctx: _Context) -> bool:
    """Whether a numbered heading above ``pos`` (the section or one that holds it) names
    a plan: 二、2024年工作安排, （三）主要任务. Worked out once for each count of
    headings above: every figure under the same heading has the same answer."""
    above = bisect_right(ctx.heading_starts, pos)
    found = ctx._plan_sections.get(above)
    if found is None:
        found = ctx._plan_sections[above] = _plan_heading_above(above, ctx)
    return found


#: How many heading lines back from a figure its section's heading is looked for: a page of
#: thousands of short lines (a long table copied one cell to a line) costs no more per figure.
_HEADING_WALK = 200


#: The rank of an unnumbered short line under the headline (see :func:`_headings`).
_PLAIN_RANK = 9
#: An unnumbered heading line that is a plan's name alone, with its year (主要目标, 2015年主要预期目标).
_PLAN_HEADING_LINE = re.compile(r"(?:(?:19|20)\d{2}年)?(?:的)?(?:主要)?(?:预期)?目标(?:任务)?|(?:(?:19|20)\d{2}年)?工作安排")


def _plan_heading_above(above: int, ctx: _Context) -> bool:
    """:func:`_in_plan_section` for a figure under the first ``above`` headings."""
    rank_seen = 10
    for start, rank, _period in reversed(ctx.headings[max(0, above - _HEADING_WALK):above]):
        if rank >= rank_seen:
            continue
        end = ctx.body.find("\n", start)
        line = ctx.body[start:end if end >= 0 else len(ctx.body)]
        if rank == _PLAIN_RANK:   # an unnumbered line (主要目标) names a plan when it is nothing else
            if _PLAN_HEADING_LINE.fullmatch(line.strip()):
                return True
        elif any(w in line for w in _words().plan_headings):
            return True
        rank_seen = rank
        if rank == 0:
            break
    return False


def _in_a_plan(pos: int, ctx: _Context) -> bool:
    """:func:`_plan_continues` or :func:`_plan_listed`, worked out once per sentence."""
    k = ctx.index(pos)
    if k not in ctx._plans:
        ctx._plans[k] = _plan_continues(pos, ctx) or _plan_listed(pos, ctx)
    return ctx._plans[k]


def _plan_listed(pos: int, ctx: _Context) -> bool:
    """A list item after ； whose list opened with a plan (计划投资约23.9万元，新建公厕…；
    投资5.5万元粉刷…；维修…1个; 争取实现财政总收入11亿元…；规上工业总产值300亿元…；固定资产
    投资额21.7亿元…): the items of a plan are planned too, however many."""
    k = ctx.index(pos)
    first = next((j for j in range(ctx.index(ctx.list_start(pos)), k)    # the list's first item with figures
                  if ctx.quantities_in(*ctx.sentences[j])), None)
    return first is not None and ctx.opening_cue(first)


#: What opens a sentence that details the plan before it: a phase (第一期, 首期, 二期).
_PLAN_PART = re.compile(r"[ \u3000]*第?[一二三四五六七八九十首]期")


def _plan_continues(pos: int, ctx: _Context) -> bool:
    """A sentence opened by a part of the plan before it in its paragraph
    (…计划投入1.18亿元，对102个老旧小区进行改造。第一期改造59个…) is that plan too."""
    k = ctx.index(pos)
    if not ctx.continues_paragraph(k) \
            or not _PLAN_PART.match(ctx.body, ctx.sentences[k][0]):
        return False
    before_start, before_end = ctx.sentences[k - 1]
    figures = ctx.quantities_in(before_start, before_end)
    return bool(figures) and ctx.cue_before(figures[0].start)


def _list_lead_cue(sentence: str) -> bool | None:
    """A lead like 主要预期目标是：… makes the whole list a plan."""
    head, colon, _ = sentence.partition("：")
    # a cue inside a quoted title (“关于将…纳入市财政预算的建议”(第2号)办理情况：) is no lead's
    if colon and any(m.group("cue") and not _quoted(head, 0, m.start("cue"), len(head))
                     for m in _words().target.finditer(head)):
        return True
    return None


#: What :meth:`_Context.lead` looks for at a sentence's start, by kind: a place, a time
#: phrase (a flow's lead skips an as-of point such as 年末).
_LEAD_PROBES: dict[str, Callable[[int, int, _Context], object]] = {
    "place": _lead_place,
    "date": lambda s, e, ctx: _stock_lead(s, e, ctx),
    "flow-date": lambda s, e, ctx: _flow_lead(s, e, ctx),
    "topic-year": _topic_year,
    "as-of-count": _as_of_count,
    "span-ref": lambda s, e, ctx: _span_referred(s, ctx),
}
