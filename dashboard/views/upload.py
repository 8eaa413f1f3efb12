"""上传: add .txt/.docx/.pdf/.html files to the store and see their articles at once.

Served on this machine only (``make app`` binds to localhost), anyone at it may
upload. Served to others, uploading needs the password set as ``upload_password``
in ``.streamlit/secrets.toml``, and is off without one.
"""

from __future__ import annotations

import hmac
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data, uploads
from dashboard.formatting import iso_days, md_escape
from extractors import places, readers

RESULT_STATE = "zb_upload_result"
UNLOCKED_STATE = "zb_upload_unlocked"
LOCAL_ADDRESSES = ("localhost", "127.0.0.1", "::1")

# The file widget's own words are English ("Drag and drop files here", "Upload",
# "Limit 16MB per file", "File must be 16.0MB or smaller"), and an empty date field
# shows "yyyy-mm-dd"; they are hidden and said in Chinese, with the one limit the page
# states. The button's word sits in its own paragraph, which keeps its own font size.
_CHINESE_WIDGET = f"""
<style>
[data-testid="stFileUploaderDropzoneInstructions"] {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button::after {{ content: "选择文件"; font-size: 0.9rem; }}
[data-testid="stFileUploaderFileErrorMessage"] {{ font-size: 0; }}
[data-testid="stFileUploaderFileErrorMessage"]::after {{
  content: "超过 {uploads.megabytes(uploads.MAX_BYTES)}，未接收"; font-size: 0.8rem; }}
[data-testid="stDateInput"] [data-placeholder="true"] {{ font-size: 0; }}
[data-testid="stDateInput"] [data-type="year"][data-placeholder="true"]::after {{ content: "年"; font-size: 0.9rem; }}
[data-testid="stDateInput"] [data-type="month"][data-placeholder="true"]::after {{ content: "月"; font-size: 0.9rem; }}
[data-testid="stDateInput"] [data-type="day"][data-placeholder="true"]::after {{ content: "日"; font-size: 0.9rem; }}
</style>
"""

#: The kinds of file the page takes, in words, with their name endings.
_KINDS = {"text": "文本", "html": "网页", "docx": "Word 文档", "pdf": "带文字层的 PDF"}


def _accepted() -> str:
    """``文本（.txt .md …）、网页（.html …）…`` from the readers' own list."""
    by_kind: dict[str, list[str]] = {}
    for suffix, kind in readers.FORMATS.items():
        by_kind.setdefault(kind, []).append(suffix)
    return "、".join(f"{_KINDS.get(kind, kind)}（{' '.join(suffixes)}）" for kind, suffixes in by_kind.items())


def main() -> None:
    st.title("上传新闻稿")
    if not _may_upload():
        return
    st.caption(
        f"支持{_accepted()}，单个文件不超过 "
        f"{uploads.megabytes(uploads.MAX_BYTES)}。同名文件再次上传会替换原有记录。"
    )
    st.html(_CHINESE_WIDGET)
    files = st.file_uploader("选择或拖入文件", accept_multiple_files=True, key="uploader")
    pubdate = st.date_input(
        "出版日期（可选）", value=None, key="pubdate", format="YYYY-MM-DD",
        help="报纸当期的日期。“本报9月9日讯”这类不带年份的日期据此定年；不填则用文件名或网页元数据中的日期。",
    )
    area = st.text_input(
        "地区（可选）", key="upload_area", placeholder="例如：酉阳县、重庆市涪陵区",
        help="文中没有写明所属地区时（如只写“全县”的统计快报），指标记在这里填的地区名下；文中写明的地区优先。",
    ).strip() or None
    unknown = area is not None and places.gazetteer().resolve(area) is None
    if unknown:
        st.error(f"未找到地区“{area}”。请填写县、区、市或省的名称，例如“酉阳县”“重庆市涪陵区”。",
                 icon=":material/error:")
    if files and st.button(f"导入 {len(files)} 个文件", type="primary", key="ingest", disabled=unknown):
        st.session_state[RESULT_STATE] = ingest(files, pubdate, area)
    result = st.session_state.get(RESULT_STATE)
    if result:
        show(result)


def _may_upload() -> bool:
    """Whether this visitor may upload: always on this machine; served to others,
    only with the configured password, and never without one."""
    address = str(st.get_option("server.address") or "")
    if address in LOCAL_ADDRESSES:
        return True
    secret = _secret()
    if not secret:
        st.info("本看板对外提供服务时，上传功能默认关闭。管理员可在 .streamlit/secrets.toml 中设置 "
                "upload_password 开启。", icon=":material/lock:")
        return False
    if st.session_state.get(UNLOCKED_STATE):
        return True
    given = st.text_input("上传密码", type="password", key="upload_password")
    if given and hmac.compare_digest(given.encode(), secret.encode()):
        st.session_state[UNLOCKED_STATE] = True
        return True
    if given:
        st.error("密码不正确。", icon=":material/error:")
    return False


def _secret() -> str:
    try:
        return str(st.secrets.get("upload_password", "") or "")
    except (FileNotFoundError, KeyError, st.errors.StreamlitAPIException):
        return ""


def ingest(files: list, pubdate: date | None = None, area: str | None = None) -> uploads.BatchResult:
    """Check, save and ingest the uploads in a worker; one outcome per file. Files
    that could not be imported are removed from the upload folder."""
    folder = uploads.upload_dir(data.store_path())
    result = uploads.BatchResult()
    saved: dict[str, str] = {}
    for file in files:
        reason = uploads.rejection(file.name, file.size)
        if reason:
            result.outcomes.append(uploads.Outcome(file.name, "rejected", reason))
            continue
        path = uploads.save(folder, file.name, file.getvalue())
        saved[str(path)] = file.name
    if not saved:
        return result
    from extractors.ingest import source_name

    by_source = {source_name(p): name for p, name in saved.items()}
    with st.status("正在抽取并写入数据库…", expanded=True) as status:
        summary = uploads.ingest_in_worker(list(saved), data.store_path(), pubdate,
                                           progress=status.write, area=area)
        status.update(label="导入完成", state="complete", expanded=False)
    data.forget()
    if isinstance(summary, uploads.WorkerFailure):
        result.trouble = summary.message
        done = [uploads.Outcome(name, "failed", "未导入", source) for source, name in by_source.items()]
    else:
        done = uploads.outcomes(by_source, summary)
    result.outcomes.extend(done)
    kept = {o.source for o in done if o.status in ("imported", "unchanged")}
    for kept_as in saved:       # a file that was not imported is not kept
        if source_name(kept_as) not in kept:
            Path(kept_as).unlink(missing_ok=True)
    return result


_ICONS = {"imported": ":material/check_circle:", "unchanged": ":material/info:",
          "rejected": ":material/block:", "failed": ":material/error:"}


def show(result: uploads.BatchResult) -> None:
    """One message per file, then the articles the imported files hold."""
    if result.trouble:
        st.error(md_escape(result.trouble), icon=":material/error:")
    for o in result.outcomes:
        text = md_escape(f"{o.name}：{o.message}")
        if o.status == "imported":
            st.success(text, icon=_ICONS[o.status])
        elif o.status == "unchanged":
            st.info(text, icon=_ICONS[o.status])
        else:
            st.error(text, icon=_ICONS[o.status])
    names = {o.source: o.name for o in result.outcomes if o.status == "imported"}
    if not names:
        return
    articles: pd.DataFrame = data.read("articles_of_sources", tuple(names))
    st.caption(f"共导入 {len(names)} 个文件、{len(articles)} 篇文章，在“文章”页可阅读全文。")
    st.dataframe(pd.DataFrame({
        "标题": articles["title"].fillna(""),
        "日期": iso_days(articles["date"]),
        "指标数": articles["claims"],
        "日期数": articles["dates"],
        "文件": articles["source"].map(names),
    }), hide_index=True, key="uploaded_articles")


main()
