-- The segmenter reads "（上接第N版）" over a continued story (the segmented item's continued_from_page):
-- article-service stores it with the article (README "Segmented item").
alter table article add column continued_from_page integer check (continued_from_page between 1 and 99);
