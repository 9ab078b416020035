"""What a PDF says about itself: title, author and subject, and a bookmark per page.

QPdfWriter writes the title and author but no subject and no outline (bookmarks), so the written
file gets one more pass through pypdf, which adds both without touching the pages' content.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from cjm_desktop.export.options import ExportError
from cjm_desktop.i18n import arg, tr


@dataclass
class PdfInfo:
    """The document information and the bookmarks of an exported PDF."""

    title: str = ""
    author: str = ""
    subject: str = ""
    creator: str = "cjm-desktop"
    bookmarks: list[str] = field(default_factory=list)  # one per page ("" for none); empty: no outline


def finish_pdf(path: Path, info: PdfInfo) -> None:
    """Rewrite the PDF at ``path`` in place with the document information and the bookmarks."""
    from pypdf import PdfWriter
    from pypdf.errors import PyPdfError

    try:
        writer = PdfWriter(clone_from=str(path))
        metadata = {"/Title": info.title, "/Creator": info.creator, "/Producer": info.creator}
        if info.author:
            metadata["/Author"] = info.author
        if info.subject:
            metadata["/Subject"] = info.subject
        writer.add_metadata(metadata)
        if info.bookmarks:
            for index, title in enumerate(info.bookmarks[: len(writer.pages)]):
                if title:  # an appendix's later pages sit under its one entry
                    writer.add_outline_item(title=title, page_number=index)
            writer.page_mode = "/UseOutlines"  # viewers open with the bookmarks showing
        buffer = io.BytesIO()  # the whole new file first: the clone may still read from the old one
        writer.write(buffer)
        path.write_bytes(buffer.getvalue())
    except (OSError, PyPdfError) as error:
        raise ExportError(arg(tr("export", "%1: could not finish the PDF (%2)"), path, error)) from None
