-- The seed listed FLEXIBLE_ELECTRONICS' "wearable sensor" twice, singular and plural; the classifier stems both to
-- one term, so the plural row only duplicated the keyword list. The seed CSVs stay as they are (V2's checksum).
delete from technology_keyword
 where category_code = 'FLEXIBLE_ELECTRONICS' and keyword = 'wearable sensors';
