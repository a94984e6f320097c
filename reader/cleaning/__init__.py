"""Cleaning a loaded article: what is displayed, and what is removed and kept aside.

The pipeline's cleaning stage, in the order it runs:

* :mod:`~reader.cleaning.teasers`: trailing "related stories" teasers cut off with "…";
* :mod:`~reader.cleaning.page_map`: the text's blocks (:mod:`~reader.cleaning.blocks`) weighed
  as article or page (:mod:`~reader.cleaning.signals`, with sumy's stop words:
  :mod:`~reader.cleaning.stopwords`), and the stretch that is the article;
* :mod:`~reader.cleaning.trailing`: where the article ends and the page under it begins, for
  the tail as a whole (the blocks measured by :mod:`~reader.cleaning.tail_signals`);
* :mod:`~reader.cleaning.headline`: on a whole page, the headline, byline, date and standfirst;
* :mod:`~reader.cleaning.page_body`: on a whole page, the body without the page's lines in it;
* :mod:`~reader.cleaning.clean`: puts it together (:func:`clean_document`).
"""

from reader.cleaning.clean import Cleaned, clean_document, clean_text
from reader.cleaning.teasers import remove_teasers

__all__ = ["Cleaned", "clean_document", "clean_text", "remove_teasers"]
