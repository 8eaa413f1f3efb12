"""上传: add .txt/.docx/.pdf/.html files to the store and see their articles at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data, uploads
from dashboard.formatting import iso_days, md_escape

RESULT_STATE = "zb_upload_result"


def main() -> None:
    st.title("上传新闻稿")
    st.caption(
        f"支持 {'、'.join(uploads.ALLOWED_SUFFIXES)}，单个文件不超过 "
        f"{uploads.MAX_BYTES / uploads.MB:.0f} MB。同名文件再次上传会替换原有记录。"
    )
    files = st.file_uploader(
        "选择或拖入文件", accept_multiple_files=True, key="uploader",
        # Larger than our limit, so an oversized file reaches uploads.rejection and
        # gets its message in Chinese instead of the widget's own.
        max_upload_size=4 * uploads.MAX_BYTES // uploads.MB,
    )
    pubdate = st.date_input(
        "出版日期（可选）", value=None, key="pubdate", format="YYYY-MM-DD",
        help="报纸当期的日期。“本报9月9日讯”这类不带年份的日期据此定年；不填则用文件名或网页元数据中的日期。",
    )
    if files and st.button(f"导入 {len(files)} 个文件", type="primary", key="ingest"):
        st.session_state[RESULT_STATE] = ingest(files, pubdate)
    result = st.session_state.get(RESULT_STATE)
    if result:
        show(result)


def ingest(files: list, pubdate: date | None = None) -> dict:
    """Check, save and ingest the uploads; what happened to each file."""
    folder = uploads.upload_dir(data.store_path())
    rejected: list[tuple[str, str]] = []
    saved: dict[str, str] = {}
    for file in files:
        reason = uploads.rejection(file.name, file.size)
        if reason:
            rejected.append((file.name, reason))
            continue
        path = uploads.save(folder, file.name, file.getvalue())
        saved[str(path)] = file.name
    summary = None
    if saved:
        from extractors.ingest import ingest_paths, source_name

        data.tokenizer()  # load jieba's dictionary once per process, not per upload
        with st.status("正在抽取并写入数据库…", expanded=True) as status:
            summary = ingest_paths(list(saved), data.store_path(), pubdate=pubdate,
                                   progress=status.write)
            status.update(label="导入完成", state="complete", expanded=False)
        data.forget()
        by_source = {source_name(p): name for p, name in saved.items()}
        failed = dict(summary.errors)
        rejected += [(by_source.get(s, s), reason) for s, reason in failed.items()]
        sources = [s for s in by_source if s not in failed]
    else:
        sources = []
    return {"rejected": rejected, "sources": sources,
            "unchanged": summary.unchanged if summary else 0}


def show(result: dict) -> None:
    for name, reason in result["rejected"]:
        st.error(md_escape(f"{name}：{reason}"), icon=":material/block:")
    if result["unchanged"]:
        st.info(f"{result['unchanged']} 个文件与库中已有内容相同，未重复导入。")
    if not result["sources"]:
        return
    articles: pd.DataFrame = data.read("articles_of_sources", tuple(result["sources"]))
    st.success(f"已导入 {len(result['sources'])} 个文件，共 {len(articles)} 篇文章。"
               "在“文章”页可阅读全文。", icon=":material/check_circle:")
    st.dataframe(pd.DataFrame({
        "标题": articles["title"].fillna(""),
        "日期": iso_days(articles["date"]),
        "指标数": articles["claims"],
        "日期数": articles["dates"],
        "文件": articles["source"].map(lambda s: Path(s).name),
    }), hide_index=True, key="uploaded_articles")


main()
