"""Place-name gazetteer: what GeoNames lacks, and the ambiguity rules of place names.

Data only. Places are found and resolved from the generated GeoNames table
(``geonames_places.tsv``: GeoNames id, country, coordinates, time zone); this
module keeps what that table cannot give: the Arabic names of the UN member
states (GeoNames has none), regions and landmarks, the cities GeoNames lacks or
spells otherwise than the news (historic and transliterated spellings; variants
seen in Moroccan, Algerian, Tunisian, Egyptian, Gulf and Levantine outlets), the
cities :mod:`.place_countries` pins to one GeoNames place among namesakes, the
towns its press names and venues stand in, and the towns whose GeoNames names
are frequent words (found alone here, where the GeoNames rules would ask a cue).
A capital or city spelling GeoNames has, finds alone and resolves alike is
removed by ``python tools/prune_places.py --write``; a test keeps none.

Each entry of :data:`PLACES` is ``(name, kind, variants)``:

* ``name`` is the usual spelling, with hamza (أكادير, إسطنبول);
* ``kind`` is one of ``"country"``, ``"capital"``, ``"city"``, ``"region"``,
  ``"landmark"``;
* ``variants`` are other spellings seen in the news: without hamza, other
  transliterations, long and short official names, ة/ه endings.
  The name itself is never repeated among its variants.

Spellings carry no diacritics or tatweel; text is stripped of both before it
is matched. The ambiguity rules: place names that are also ordinary words in
running text are kept out of :data:`PLACES` and listed in :data:`AMBIGUOUS`
(found only after a place noun), and :data:`WORD_NAMES` lists the GeoNames names
of big places that are words too, which keep the cue their word frequency asks.
"""

from __future__ import annotations

#: ``(name, kind, variants)`` for every place; names are unique.
PLACES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # ======== Countries: the UN member states, under the names Arab news agencies use.
    # States written the same as their capital (الجزائر، تونس، الكويت، جيبوتي، بنما،
    # غواتيمالا and the city-states) are listed once, under the capital, in the next section.
    ("أفغانستان", "country", ("افغانستان",)),
    ("ألبانيا", "country", ("البانيا",)),
    ("أندورا", "country", ("اندورا",)),
    ("أنغولا", "country", ("أنجولا", "انغولا", "انجولا")),
    ("أنتيغوا وباربودا", "country", ("أنتيجوا وباربودا", "انتيغوا وباربودا", "انتيجوا وباربودا")),
    ("الأرجنتين", "country", ("الارجنتين",)),
    ("أرمينيا", "country", ("ارمينيا",)),
    ("أستراليا", "country", ("استراليا",)),
    ("النمسا", "country", ()),
    ("أذربيجان", "country", ("اذربيجان",)),
    ("جزر البهاما", "country", ("البهاما",)),
    ("البحرين", "country", ("مملكة البحرين",)),
    ("بنغلاديش", "country", ("بنجلاديش", "بنغلادش")),
    ("بربادوس", "country", ()),
    ("بيلاروسيا", "country", ("بيلاروس", "روسيا البيضاء")),
    ("بلجيكا", "country", ()),
    ("بليز", "country", ()),
    ("بنين", "country", ()),
    ("بوتان", "country", ()),
    ("بوليفيا", "country", ()),
    ("البوسنة والهرسك", "country", ("البوسنة",)),
    ("بوتسوانا", "country", ()),
    ("البرازيل", "country", ()),
    ("بروناي", "country", ("بروني دار السلام",)),
    ("بلغاريا", "country", ("بلجاريا",)),
    ("بوركينا فاسو", "country", ()),
    ("بوروندي", "country", ()),
    ("الرأس الأخضر", "country", ("كابو فيردي", "كاب فيردي", "الراس الاخضر")),
    ("كمبوديا", "country", ()),
    ("الكاميرون", "country", ()),
    ("كندا", "country", ()),
    (
        "أفريقيا الوسطى",
        "country",
        (
            "إفريقيا الوسطى",
            "جمهورية أفريقيا الوسطى",
            "جمهورية إفريقيا الوسطى",
            "افريقيا الوسطى",
            "جمهورية افريقيا الوسطى",
        ),
    ),
    ("تشاد", "country", ()),
    ("تشيلي", "country", ("شيلي",)),
    ("الصين", "country", ("جمهورية الصين الشعبية",)),
    ("كولومبيا", "country", ()),
    ("جزر القمر", "country", ("جمهورية القمر المتحدة",)),
    ("الكونغو", "country", ("الكونغو برازافيل", "جمهورية الكونغو", "الكونجو")),
    ("كوستاريكا", "country", ("كوستا ريكا",)),
    ("كوت ديفوار", "country", ("ساحل العاج",)),
    ("كرواتيا", "country", ()),
    ("كوبا", "country", ()),
    ("قبرص", "country", ()),
    ("التشيك", "country", ("تشيكيا", "جمهورية التشيك")),
    ("الكونغو الديمقراطية", "country", ("جمهورية الكونغو الديمقراطية", "الكونغو كينشاسا")),
    ("الدنمارك", "country", ("الدانمارك",)),
    ("دومينيكا", "country", ()),
    ("الدومينيكان", "country", ("جمهورية الدومينيكان", "الجمهورية الدومينيكية")),
    ("الإكوادور", "country", ("إكوادور", "الاكوادور", "اكوادور")),
    ("مصر", "country", ("جمهورية مصر العربية",)),
    ("السلفادور", "country", ()),
    ("غينيا الاستوائية", "country", ()),
    ("إريتريا", "country", ("أريتريا", "إرتريا", "اريتريا", "ارتريا")),
    ("إستونيا", "country", ("استونيا",)),
    ("إسواتيني", "country", ("سوازيلاند", "إيسواتيني", "اسواتيني", "ايسواتيني")),
    ("إثيوبيا", "country", ("أثيوبيا", "اثيوبيا")),
    ("فيجي", "country", ()),
    ("فنلندا", "country", ()),
    ("فرنسا", "country", ()),
    ("الغابون", "country", ("غابون", "الجابون")),
    ("غامبيا", "country", ("جامبيا",)),
    ("جورجيا", "country", ()),
    ("ألمانيا", "country", ("المانيا",)),
    ("غانا", "country", ()),
    ("اليونان", "country", ()),
    ("غرينادا", "country", ()),
    ("غينيا", "country", ()),
    ("غينيا بيساو", "country", ()),
    ("غيانا", "country", ()),
    ("هايتي", "country", ()),
    ("هندوراس", "country", ()),
    ("المجر", "country", ("هنغاريا",)),
    ("آيسلندا", "country", ("أيسلندا", "ايسلندا")),
    ("الهند", "country", ()),
    ("إندونيسيا", "country", ("أندونيسيا", "اندونيسيا")),
    (
        "إيران",
        "country",
        ("الجمهورية الإسلامية الإيرانية", "ايران", "الجمهورية الاسلامية الايرانية"),
    ),
    ("العراق", "country", ()),
    ("أيرلندا", "country", ("إيرلندا", "ايرلندا")),
    ("إسرائيل", "country", ("اسرائيل",)),
    ("إيطاليا", "country", ("ايطاليا",)),
    ("جامايكا", "country", ()),
    ("اليابان", "country", ()),
    ("الأردن", "country", ("المملكة الأردنية الهاشمية", "الاردن", "المملكة الاردنية الهاشمية")),
    ("كازاخستان", "country", ()),
    ("كينيا", "country", ()),
    ("كيريباتي", "country", ()),
    ("قيرغيزستان", "country", ("قرغيزستان",)),
    ("لاوس", "country", ()),
    ("لاتفيا", "country", ()),
    ("لبنان", "country", ()),
    ("ليسوتو", "country", ()),
    ("ليبيريا", "country", ()),
    ("ليبيا", "country", ()),
    ("ليختنشتاين", "country", ()),
    ("ليتوانيا", "country", ()),
    ("مدغشقر", "country", ()),
    ("ملاوي", "country", ()),
    ("ماليزيا", "country", ()),
    ("جزر المالديف", "country", ("المالديف",)),
    # "مالي" alone is the adjective "financial" in running text (see AMBIGUOUS).
    ("جمهورية مالي", "country", ()),
    ("مالطا", "country", ()),
    ("جزر مارشال", "country", ()),
    ("موريتانيا", "country", ()),
    ("موريشيوس", "country", ()),
    ("المكسيك", "country", ()),
    ("ميكرونيزيا", "country", ()),
    ("مولدوفا", "country", ("مولدافيا",)),
    ("منغوليا", "country", ("منجوليا",)),
    ("الجبل الأسود", "country", ("مونتينيغرو", "الجبل الاسود")),
    ("المغرب", "country", ("المملكة المغربية",)),
    ("موزمبيق", "country", ()),
    ("ميانمار", "country", ("بورما",)),
    ("ناميبيا", "country", ()),
    ("ناورو", "country", ()),
    ("نيبال", "country", ()),
    ("هولندا", "country", ()),
    ("نيوزيلندا", "country", ()),
    ("نيكاراغوا", "country", ("نيكاراجوا",)),
    ("النيجر", "country", ()),
    ("نيجيريا", "country", ()),
    ("كوريا الشمالية", "country", ()),
    ("مقدونيا الشمالية", "country", ("مقدونيا",)),
    ("النرويج", "country", ()),
    # "عمان" alone (Amman, and Oman in running text) is the capital entry below.
    ("سلطنة عمان", "country", ()),
    ("باكستان", "country", ()),
    ("بالاو", "country", ()),
    ("بابوا غينيا الجديدة", "country", ()),
    ("باراغواي", "country", ("الباراغواي", "باراجواي")),
    ("بيرو", "country", ("البيرو",)),
    ("الفلبين", "country", ("الفليبين",)),
    ("بولندا", "country", ()),
    ("البرتغال", "country", ()),
    ("قطر", "country", ("دولة قطر",)),
    ("كوريا الجنوبية", "country", ("جمهورية كوريا",)),
    ("رومانيا", "country", ()),
    ("روسيا", "country", ("روسيا الاتحادية", "الاتحاد الروسي")),
    ("رواندا", "country", ()),
    ("سانت كيتس ونيفيس", "country", ()),
    ("سانت لوسيا", "country", ()),
    ("سانت فنسنت وجزر غرينادين", "country", ()),
    ("ساموا", "country", ()),
    ("ساو تومي وبرينسيب", "country", ()),
    ("السعودية", "country", ("المملكة العربية السعودية",)),
    ("السنغال", "country", ()),
    ("صربيا", "country", ()),
    ("سيشل", "country", ("سيشيل",)),
    ("سيراليون", "country", ()),
    ("سلوفاكيا", "country", ()),
    ("سلوفينيا", "country", ()),
    ("جزر سليمان", "country", ()),
    ("الصومال", "country", ()),
    ("جنوب أفريقيا", "country", ("جنوب إفريقيا", "جنوب افريقيا")),
    ("جنوب السودان", "country", ()),
    ("إسبانيا", "country", ("أسبانيا", "اسبانيا")),
    ("سريلانكا", "country", ("سري لانكا",)),
    ("السودان", "country", ()),
    ("سورينام", "country", ()),
    ("السويد", "country", ()),
    ("سويسرا", "country", ()),
    ("سوريا", "country", ("سورية",)),
    ("طاجيكستان", "country", ()),
    ("تايلاند", "country", ("تايلند",)),
    ("تيمور الشرقية", "country", ("تيمور ليشتي",)),
    ("توغو", "country", ("توجو",)),
    ("تونغا", "country", ()),
    ("ترينيداد وتوباغو", "country", ("ترينيداد وتوباجو",)),
    ("تركيا", "country", ()),
    ("تركمانستان", "country", ()),
    ("توفالو", "country", ()),
    ("أوغندا", "country", ("أوجندا", "اوغندا", "اوجندا")),
    ("أوكرانيا", "country", ("اوكرانيا",)),
    (
        "الإمارات",
        "country",
        (
            "الإمارات العربية المتحدة",
            "دولة الإمارات",
            "الامارات",
            "الامارات العربية المتحدة",
            "دولة الامارات",
        ),
    ),
    ("المملكة المتحدة", "country", ("بريطانيا", "بريطانيا العظمى")),
    ("تنزانيا", "country", ()),
    (
        "الولايات المتحدة",
        "country",
        (
            "الولايات المتحدة الأمريكية",
            "الولايات المتحدة الأميركية",
            "أمريكا",
            "أميركا",
            "الولايات المتحدة الامريكية",
            "الولايات المتحدة الاميركية",
            "امريكا",
            "اميركا",
        ),
    ),
    ("الأوروغواي", "country", ("أوروغواي", "الأوروجواي", "الاوروغواي", "اوروغواي", "الاوروجواي")),
    ("أوزبكستان", "country", ("اوزبكستان",)),
    ("فانواتو", "country", ()),
    ("فنزويلا", "country", ()),
    ("فيتنام", "country", ("فييت نام",)),
    ("اليمن", "country", ()),
    ("زامبيا", "country", ()),
    ("زيمبابوي", "country", ()),
    # Not UN members, but named as states in the news.
    ("فلسطين", "country", ("دولة فلسطين",)),
    ("الفاتيكان", "country", ("الكرسي الرسولي", "دولة الفاتيكان")),
    ("كوسوفو", "country", ()),
    ("تايوان", "country", ()),
    # ======== National capitals.
    # One spelling names both the state and its capital: a single entry, kind "capital",
    # since the name alone cannot tell the two apart.
    ("الجزائر", "capital", ()),
    ("تونس", "capital", ()),
    ("الكويت", "capital", ("دولة الكويت", "مدينة الكويت")),
    ("جيبوتي", "capital", ()),
    # "عمان" is Amman, and also how Oman is written in running text (عُمان).
    ("عمان", "capital", ()),
    ("سنغافورة", "capital", ("سنجافورة",)),
    ("موناكو", "capital", ()),
    ("سان مارينو", "capital", ()),
    ("لوكسمبورغ", "capital", ("لوكسمبورج",)),
    ("بنما", "capital", ("مدينة بنما",)),
    ("غواتيمالا", "capital", ("جواتيمالا", "مدينة غواتيمالا")),
    # The other capitals.
    ("كابل", "capital", ("كابول",)),
    ("سانت جونز", "capital", ()),
    ("بوينس آيرس", "capital", ("بوينس أيرس", "بوينوس آيرس", "بوينس ايرس", "بوينوس ايرس")),
    ("كانبيرا", "capital", ()),
    ("بريدجتاون", "capital", ()),
    ("لاباز", "capital", ("لا باز",)),
    ("غابورون", "capital", ("جابورون",)),
    ("واغادوغو", "capital", ("واجادوجو",)),
    ("جيتيغا", "capital", ()),
    ("بانغي", "capital", ("بانجي",)),
    ("سانتياغو", "capital", ("سانتياجو",)),
    ("بكين", "capital", ("بيجين", "بيجينغ")),
    ("كوبنهاغن", "capital", ("كوبنهاجن",)),
    ("سانتو دومينغو", "capital", ("سانتو دومينجو",)),
    ("القاهرة", "capital", ()),
    ("مالابو", "capital", ()),
    ("أسمرة", "capital", ("أسمرا", "اسمرة", "اسمرا")),
    ("مباباني", "capital", ()),
    ("باريس", "capital", ()),
    ("سانت جورجز", "capital", ()),
    ("كوناكري", "capital", ()),
    ("جورجتاون", "capital", ()),
    ("بورت أو برنس", "capital", ("بورت او برنس",)),
    ("نيودلهي", "capital", ("نيو دلهي",)),
    ("جاكرتا", "capital", ()),
    ("بغداد", "capital", ()),
    ("كينغستون", "capital", ("كينجستون",)),
    ("تاراوا", "capital", ()),
    ("بيروت", "capital", ()),
    # Tripoli of Libya; Lebanon's Tripoli is written the same way (طرابلس الشام).
    ("طرابلس", "capital", ("طرابلس الغرب",)),
    ("فادوز", "capital", ()),
    ("ليلونغوي", "capital", ("ليلونجوي",)),
    ("كوالالمبور", "capital", ("كوالا لمبور",)),
    ("ماجورو", "capital", ()),
    ("نواكشوط", "capital", ("انواكشوط",)),
    ("بورت لويس", "capital", ()),
    ("مكسيكو سيتي", "capital", ("مدينة مكسيكو", "مكسيكو")),
    ("باليكير", "capital", ()),
    ("نايبيداو", "capital", ("نايبيتاو",)),
    ("يارين", "capital", ()),
    ("ولينغتون", "capital", ("ويلينغتون",)),
    ("ماناغوا", "capital", ("ماناجوا",)),
    ("بيونغ يانغ", "capital", ("بيونغيانغ", "بيونج يانج")),
    ("سكوبيي", "capital", ("سكوبيه",)),
    ("نغيرولمود", "capital", ()),
    ("سول", "capital", ()),
    ("موسكو", "capital", ()),
    ("كيغالي", "capital", ("كيجالي",)),
    ("الرياض", "capital", ()),
    ("بلغراد", "capital", ("بلجراد",)),
    ("فيكتوريا", "capital", ()),
    ("كيب تاون", "capital", ("كيبتاون",)),
    ("الخرطوم", "capital", ()),
    ("دمشق", "capital", ()),
    ("نوكوألوفا", "capital", ("نوكوالوفا",)),
    ("فونافوتي", "capital", ()),
    ("أبوظبي", "capital", ()),
    ("لندن", "capital", ()),
    ("واشنطن", "capital", ("واشنطن العاصمة",)),
    ("مونتيفيديو", "capital", ()),
    ("بورت فيلا", "capital", ()),
    # ======== Cities of the Arab world.
    # Morocco.
    ("الدار البيضاء", "city", ()),
    ("طنجة", "city", ()),
    ("فاس", "city", ()),
    ("مراكش", "city", ()),
    ("أكادير", "city", ()),
    ("مكناس", "city", ()),
    ("وجدة", "city", ()),
    # Kenitra in Morocco; Quneitra in Syria is written the same way.
    ("أرفود", "city", ("ارفود",)),
    ("كلميم", "city", ("كليميم",)),
    ("برشيد", "city", ()),
    ("العرائش", "city", ()),
    ("القصر الكبير", "city", ()),
    ("شفشاون", "city", ("الشاون",)),
    ("وزان", "city", ()),
    ("تزنيت", "city", ("تيزنيت",)),
    ("اليوسفية", "city", ()),
    ("قلعة السراغنة", "city", ()),
    ("الفقيه بن صالح", "city", ()),
    ("ميدلت", "city", ()),
    ("زاكورة", "city", ()),
    ("طانطان", "city", ("طان طان",)),
    ("أصيلة", "city", ("أصيلا", "اصيلة", "اصيلا")),
    ("المضيق", "city", ()),
    ("الفنيدق", "city", ()),
    ("السعيدية", "city", ()),
    ("جرادة", "city", ()),
    ("فكيك", "city", ("فجيج",)),
    ("تاوريرت", "city", ()),
    ("الخميسات", "city", ()),
    ("تمارة", "city", ()),
    ("الصخيرات", "city", ()),
    ("بوزنيقة", "city", ()),
    ("الريصاني", "city", ()),
    ("مرزوكة", "city", ()),
    ("تنغير", "city", ()),
    ("طرفاية", "city", ()),
    ("أزيلال", "city", ("ازيلال",)),
    ("بنسليمان", "city", ("بن سليمان",)),
    ("سيدي قاسم", "city", ()),
    ("سيدي سليمان", "city", ()),
    ("تاونات", "city", ()),
    ("صفرو", "city", ()),
    ("شيشاوة", "city", ()),
    ("إنزكان", "city", ("انزكان",)),
    ("آيت ملول", "city", ("ايت ملول",)),
    ("الدريوش", "city", ()),
    ("مرتيل", "city", ()),
    ("سيدي بنور", "city", ()),
    ("ابن جرير", "city", ("بن جرير",)),
    ("تيفلت", "city", ()),
    ("أمزميز", "city", ("امزميز",)),
    # Algeria.
    ("الجزائر العاصمة", "city", ("مدينة الجزائر",)),
    ("وهران", "city", ()),
    ("قسنطينة", "city", ()),
    ("الطارف", "city", ()),
    ("إليزي", "city", ("اليزي",)),
    ("حاسي الرمل", "city", ()),
    ("جانت", "city", ()),
    ("إن أميناس", "city", ("عين أمناس", "ان اميناس", "عين امناس")),
    # Tunisia.
    ("تونس العاصمة", "city", ()),
    ("صفاقس", "city", ()),
    ("قرطاج", "city", ()),
    ("جربة", "city", ()),
    ("سيدي بوسعيد", "city", ()),
    ("نفطة", "city", ()),
    ("دوز", "city", ()),
    ("بن قردان", "city", ()),
    ("المرسى", "city", ()),
    # Libya.
    ("ترهونة", "city", ()),
    ("غدامس", "city", ()),
    ("الكفرة", "city", ()),
    ("رأس لانوف", "city", ("راس لانوف",)),
    ("تاجوراء", "city", ()),
    # Mauritania.
    ("نواذيبو", "city", ("انواذيبو",)),
    ("تجكجة", "city", ()),
    ("شنقيط", "city", ()),
    # Egypt.
    ("الإسكندرية", "city", ()),
    ("الجيزة", "city", ()),
    ("أسوان", "city", ()),
    ("العلمين", "city", ()),
    ("العلمين الجديدة", "city", ("مدينة العلمين الجديدة",)),
    (
        "العاصمة الإدارية الجديدة",
        "city",
        ("العاصمة الإدارية", "العاصمة الادارية الجديدة", "العاصمة الادارية"),
    ),
    ("مرسى مطروح", "city", ("مطروح",)),
    # Rafah: the Palestinian and the Egyptian town share the name.
    ("دهب", "city", ()),
    ("طابا", "city", ()),
    ("نويبع", "city", ()),
    ("سانت كاترين", "city", ()),
    ("مرسى علم", "city", ()),
    # Sudan and South Sudan.
    ("أم درمان", "city", ("امدرمان", "ام درمان")),
    ("كوستي", "city", ()),
    ("الدلنج", "city", ()),
    ("مروي", "city", ()),
    ("وادي حلفا", "city", ()),
    ("الرنك", "city", ()),
    ("ملكال", "city", ()),
    # Gulf: Saudi Arabia.
    ("مكة المكرمة", "city", ()),
    ("المدينة المنورة", "city", ()),
    ("الطائف", "city", ()),
    ("نيوم", "city", ()),
    ("الأحساء", "city", ("الاحساء",)),
    ("حائل", "city", ()),
    ("عنيزة", "city", ()),
    ("رابغ", "city", ()),
    ("القنفذة", "city", ()),
    ("المجمعة", "city", ()),
    ("حفر الباطن", "city", ()),
    ("بيشة", "city", ()),
    ("شرورة", "city", ()),
    # United Arab Emirates.
    ("دبي", "city", ()),
    ("خورفكان", "city", ("خور فكان",)),
    # Qatar, Bahrain, Kuwait.
    ("لوسيل", "city", ()),
    ("رأس لفان", "city", ("راس لفان",)),
    ("مدينة عيسى", "city", ()),
    ("مدينة حمد", "city", ()),
    ("الصخير", "city", ()),
    # Oman.
    ("الدقم", "city", ()),
    ("مطرح", "city", ()),
    # Yemen.
    ("سيئون", "city", ()),
    ("تريم", "city", ()),
    ("الغيضة", "city", ()),
    ("المخا", "city", ("المخاء",)),
    ("الضالع", "city", ()),
    ("رداع", "city", ()),
    ("المحويت", "city", ()),
    ("الصليف", "city", ()),
    ("رأس عيسى", "city", ("راس عيسى",)),
    # Iraq.
    ("أربيل", "city", ("هولير", "اربيل")),
    ("تلعفر", "city", ("تل عفر",)),
    ("الكاظمية", "city", ()),
    ("الأعظمية", "city", ("الاعظمية",)),
    # Syria.
    ("البوكمال", "city", ("البو كمال",)),
    ("عين العرب", "city", ("كوباني",)),
    ("تل أبيض", "city", ("تل ابيض",)),
    ("رأس العين", "city", ("راس العين",)),
    ("معرة النعمان", "city", ()),
    ("صيدنايا", "city", ()),
    ("المزة", "city", ()),
    # Lebanon.
    ("النبطية", "city", ()),
    ("بنت جبيل", "city", ()),
    ("البترون", "city", ()),
    ("بعبدا", "city", ()),
    ("مرجعيون", "city", ()),
    ("شبعا", "city", ()),
    ("بيت الدين", "city", ()),
    ("عين الحلوة", "city", ()),
    ("نهر البارد", "city", ()),
    # Jordan.
    ("البتراء", "city", ()),
    # Palestine.
    # Jerusalem: its status is contested, so it is listed as a city, not a capital.
    ("القدس", "city", ()),
    ("غزة", "city", ("مدينة غزة",)),
    ("الخليل", "city", ()),
    ("بيت لحم", "city", ()),
    # Jericho; the Syrian town of Ariha is written the same way.
    ("سلفيت", "city", ()),
    ("خان يونس", "city", ("خانيونس",)),
    ("الشجاعية", "city", ()),
    ("بيت ساحور", "city", ()),
    ("حوارة", "city", ()),
    # Cities inside Israel, as Arab media name them.
    ("حيفا", "city", ()),
    ("يافا", "city", ()),
    ("عكا", "city", ()),
    ("الناصرة", "city", ()),
    ("بئر السبع", "city", ("بير السبع",)),
    ("أسدود", "city", ("أشدود", "اسدود", "اشدود")),
    ("عسقلان", "city", ()),
    ("إيلات", "city", ("ايلات",)),
    ("سديروت", "city", ()),
    ("نتانيا", "city", ()),
    ("هرتسليا", "city", ()),
    ("ديمونا", "city", ()),
    ("صفد", "city", ()),
    ("طبريا", "city", ()),
    ("اللد", "city", ()),
    ("الرملة", "city", ()),
    # Somalia, Djibouti, Comoros.
    ("هرجيسا", "city", ()),
    ("كيسمايو", "city", ()),
    ("غالكعيو", "city", ()),
    ("بلدوين", "city", ()),
    # ======== World cities that host diplomacy, summits and other news events.
    ("جنيف", "city", ()),
    ("سوتشي", "city", ()),
    ("سان بطرسبورغ", "city", ("سان بطرسبرغ", "سانت بطرسبرغ", "سانت بطرسبورغ", "بطرسبورغ")),
    ("إسطنبول", "city", ()),
    ("دافوس", "city", ()),
    ("ستراسبورغ", "city", ("ستراسبورج",)),
    ("لاهاي", "city", ()),
    ("لوزان", "city", ()),
    ("مونترو", "city", ()),
    ("زيورخ", "city", ()),
    ("بازل", "city", ()),
    ("فرانكفورت", "city", ()),
    ("هامبورغ", "city", ("هامبورج",)),
    ("نابولي", "city", ()),
    ("فلورنسا", "city", ()),
    ("باليرمو", "city", ()),
    ("إشبيلية", "city", ("اشبيلية",)),
    ("مالقة", "city", ()),
    ("غرناطة", "city", ()),
    ("قرطبة", "city", ()),
    ("فالنسيا", "city", ("بلنسية",)),
    ("سبتة", "city", ()),
    ("مليلية", "city", ("مليلة",)),
    ("الجزيرة الخضراء", "city", ()),
    ("قادس", "city", ()),
    ("مرسيليا", "city", ()),
    ("نيس", "city", ()),
    ("مانشستر", "city", ()),
    ("برمنغهام", "city", ("برمنجهام",)),
    ("ليفربول", "city", ()),
    ("إدنبرة", "city", ("أدنبرة", "ادنبرة")),
    ("غلاسكو", "city", ("جلاسكو",)),
    ("روتردام", "city", ()),
    ("سالونيك", "city", ()),
    ("لارنكا", "city", ()),
    ("طرابزون", "city", ()),
    ("مرسين", "city", ()),
    ("أنطاكية", "city", ("انطاكية",)),
    ("كيليس", "city", ()),
    ("أورفا", "city", ("شانلي أورفا", "اورفا", "شانلي اورفا")),
    ("كهرمان مرعش", "city", ("مرعش",)),
    ("ملاطية", "city", ()),
    ("بودروم", "city", ()),
    ("إسكندرون", "city", ("الإسكندرونة", "اسكندرون", "الاسكندرونة")),
    ("خاركيف", "city", ()),
    ("لفيف", "city", ()),
    ("زابوريجيا", "city", ()),
    ("دونيتسك", "city", ()),
    ("لوغانسك", "city", ("لوهانسك",)),
    ("باخموت", "city", ()),
    ("تشيرنوبيل", "city", ()),
    ("سيفاستوبول", "city", ()),
    ("كورسك", "city", ()),
    ("غروزني", "city", ("جروزني",)),
    ("كالينينغراد", "city", ()),
    ("فلاديفوستوك", "city", ()),
    ("سان فرانسيسكو", "city", ()),
    ("ميامي", "city", ()),
    ("بوسطن", "city", ()),
    ("أتلانتا", "city", ("اتلانتا",)),
    ("سياتل", "city", ()),
    ("لاس فيغاس", "city", ("لاس فيجاس",)),
    ("ديترويت", "city", ()),
    ("فانكوفر", "city", ()),
    ("كانكون", "city", ()),
    ("شنغهاي", "city", ("شنجهاي",)),
    ("كويتا", "city", ()),
    ("هو تشي منه", "city", ("مدينة هو تشي منه",)),
    ("الأهواز", "city", ("الأحواز", "الاهواز", "الاحواز")),
    ("عبادان", "city", ()),
    ("بندر عباس", "city", ()),
    ("بوشهر", "city", ()),
    ("نطنز", "city", ()),
    ("فوردو", "city", ()),
    ("زاهدان", "city", ()),
    ("قندهار", "city", ()),
    ("هرات", "city", ()),
    ("مزار شريف", "city", ()),
    ("قندوز", "city", ()),
    ("سمرقند", "city", ()),
    ("بخارى", "city", ("بخارا",)),
    # Zanzibar; Zinjibar in Yemen is written the same way.
    ("زنجبار", "city", ()),
    ("كوتونو", "city", ()),
    ("غوما", "city", ()),
    ("تمبكتو", "city", ()),
    ("غاو", "city", ()),
    ("كيدال", "city", ()),
    ("أغاديس", "city", ("أغاديز", "اغاديس", "اغاديز")),
    ("يانغون", "city", ("رانغون",)),
    # ======== Regions, provinces and islands commonly named as event venues.
    # Arab world.
    ("المنطقة الشرقية", "region", ()),
    ("القصيم", "region", ()),
    ("الحجاز", "region", ()),
    ("الجوف", "region", ()),
    (
        "إقليم كردستان",
        "region",
        (
            "كردستان العراق",
            "إقليم كردستان العراق",
            "كردستان",
            "إقليم كوردستان",
            "اقليم كردستان",
            "اقليم كردستان العراق",
            "اقليم كوردستان",
        ),
    ),
    ("الأنبار", "region", ("الانبار",)),
    ("نينوى", "region", ()),
    ("ديالى", "region", ()),
    ("واسط", "region", ()),
    ("ذي قار", "region", ("ذيقار",)),
    ("ميسان", "region", ()),
    ("بابل", "region", ()),
    ("الغوطة الشرقية", "region", ()),
    ("الغوطة", "region", ()),
    ("الجولان", "region", ("هضبة الجولان", "مرتفعات الجولان")),
    ("البقاع", "region", ()),
    ("عكار", "region", ()),
    ("الضاحية الجنوبية", "region", ()),
    ("مزارع شبعا", "region", ()),
    ("الضفة الغربية", "region", ()),
    ("قطاع غزة", "region", ()),
    ("القدس الشرقية", "region", ()),
    ("النقب", "region", ()),
    ("الجليل", "region", ()),
    ("سيناء", "region", ("شبه جزيرة سيناء",)),
    ("شمال سيناء", "region", ()),
    ("جنوب سيناء", "region", ()),
    ("صعيد مصر", "region", ()),
    ("القليوبية", "region", ()),
    ("الدقهلية", "region", ()),
    ("المنوفية", "region", ()),
    ("الوادي الجديد", "region", ()),
    ("البحر الأحمر", "region", ("البحر الاحمر",)),
    ("دارفور", "region", ()),
    ("شمال دارفور", "region", ()),
    ("جنوب دارفور", "region", ()),
    ("غرب دارفور", "region", ()),
    ("كردفان", "region", ()),
    ("شمال كردفان", "region", ()),
    ("جنوب كردفان", "region", ()),
    ("النيل الأزرق", "region", ("النيل الازرق",)),
    ("أبيي", "region", ("ابيي",)),
    ("برقة", "region", ()),
    ("فزان", "region", ()),
    ("الهلال النفطي", "region", ()),
    ("الجفرة", "region", ()),
    ("منطقة القبائل", "region", ()),
    ("الهقار", "region", ()),
    ("الصحراء الغربية", "region", ()),
    ("الصحراء المغربية", "region", ()),
    ("الأقاليم الجنوبية", "region", ("الاقاليم الجنوبية",)),
    ("الحوز", "region", ("إقليم الحوز", "اقليم الحوز")),
    ("سوس ماسة", "region", ()),
    ("طنجة تطوان الحسيمة", "region", ()),
    ("الرباط سلا القنيطرة", "region", ()),
    ("الدار البيضاء سطات", "region", ()),
    ("مراكش آسفي", "region", ("مراكش اسفي",)),
    ("فاس مكناس", "region", ()),
    ("بني ملال خنيفرة", "region", ()),
    ("درعة تافيلالت", "region", ()),
    ("كلميم واد نون", "region", ()),
    ("العيون الساقية الحمراء", "region", ()),
    ("الداخلة وادي الذهب", "region", ()),
    ("حضرموت", "region", ()),
    ("المهرة", "region", ()),
    ("شبوة", "region", ()),
    ("أبين", "region", ("ابين",)),
    ("سقطرى", "region", ("سقطرة",)),
    ("ظفار", "region", ()),
    ("مسندم", "region", ()),
    ("الباطنة", "region", ()),
    ("الظفرة", "region", ()),
    ("أرض الصومال", "region", ("صوماليلاند", "ارض الصومال")),
    ("بونتلاند", "region", ()),
    ("جوبالاند", "region", ()),
    ("أنجوان", "region", ("انجوان",)),
    ("موهيلي", "region", ()),
    ("القمر الكبرى", "region", ()),
    # Elsewhere.
    ("كشمير", "region", ()),
    ("التبت", "region", ()),
    ("شينجيانغ", "region", ("شينجيانج", "تركستان الشرقية")),
    ("القرم", "region", ("شبه جزيرة القرم",)),
    ("دونباس", "region", ()),
    ("ناغورنو قره باغ", "region", ("قره باغ", "ناغورني قره باغ")),
    ("الشيشان", "region", ()),
    ("داغستان", "region", ()),
    ("تيغراي", "region", ("تيجراي",)),
    ("أمهرة", "region", ("امهرة",)),
    ("أوروميا", "region", ("اوروميا",)),
    ("أزواد", "region", ("ازواد",)),
    ("كتالونيا", "region", ("كاتالونيا",)),
    ("إقليم الباسك", "region", ("اقليم الباسك",)),
    ("الأندلس", "region", ("الاندلس",)),
    ("جزر الكناري", "region", ()),
    ("صقلية", "region", ()),
    ("لامبيدوزا", "region", ()),
    ("كريت", "region", ()),
    ("بالي", "region", ()),
    ("اسكتلندا", "region", ("إسكتلندا",)),
    ("ويلز", "region", ()),
    ("إنجلترا", "region", ("إنكلترا", "انجلترا", "انكلترا")),
    ("أيرلندا الشمالية", "region", ("ايرلندا الشمالية",)),
    ("كيبيك", "region", ()),
    ("كاليفورنيا", "region", ()),
    ("تكساس", "region", ()),
    ("فلوريدا", "region", ()),
    ("ألاسكا", "region", ("الاسكا",)),
    ("غرينلاند", "region", ("جرينلاند",)),
    ("خوزستان", "region", ()),
    ("بلوشستان", "region", ()),
    ("خيبر بختونخوا", "region", ()),
    ("البنجاب", "region", ()),
    # Larger areas named in the news.
    ("الشرق الأوسط", "region", ("الشرق الاوسط",)),
    ("شمال أفريقيا", "region", ("شمال إفريقيا", "شمال افريقيا")),
    ("المغرب العربي", "region", ()),
    ("الخليج العربي", "region", ()),
    ("القرن الأفريقي", "region", ("القرن الإفريقي", "القرن الافريقي")),
    ("منطقة الساحل", "region", ("الساحل الأفريقي", "الساحل الافريقي", "دول الساحل")),
    ("البلقان", "region", ()),
    ("جبل طارق", "region", ()),
    ("القوقاز", "region", ()),
    ("آسيا الوسطى", "region", ("اسيا الوسطى",)),
    ("أفريقيا", "region", ("إفريقيا", "افريقيا")),
    ("أوروبا", "region", ("اوروبا",)),
    ("آسيا", "region", ("اسيا",)),
    ("أمريكا اللاتينية", "region", ("أميركا اللاتينية", "امريكا اللاتينية", "اميركا اللاتينية")),
    ("أمريكا الشمالية", "region", ("أميركا الشمالية", "امريكا الشمالية", "اميركا الشمالية")),
    ("أمريكا الجنوبية", "region", ("أميركا الجنوبية", "امريكا الجنوبية", "اميركا الجنوبية")),
    ("البحر المتوسط", "region", ("البحر الأبيض المتوسط", "البحر الابيض المتوسط")),
    ("بحر العرب", "region", ()),
    ("بحر قزوين", "region", ()),
    ("البحر الأسود", "region", ("البحر الاسود",)),
    # ======== Landmarks: palaces, holy sites, bases, crossings, straits and other venues.
    ("البيت الأبيض", "landmark", ("البيت الابيض",)),
    ("الكرملين", "landmark", ()),
    ("قصر الإليزيه", "landmark", ("الإليزيه", "قصر الاليزيه", "الاليزيه")),
    ("داونينغ ستريت", "landmark", ()),
    ("البنتاغون", "landmark", ("البنتاجون",)),
    ("الكابيتول", "landmark", ("مبنى الكابيتول",)),
    ("كامب ديفيد", "landmark", ()),
    ("قصر بكنغهام", "landmark", ("قصر باكنغهام",)),
    ("قصر فرساي", "landmark", ()),
    ("قصر الأمم", "landmark", ("قصر الامم",)),
    ("قصر قرطاج", "landmark", ()),
    ("قصر المرادية", "landmark", ()),
    ("قصر المعارض الصنوبر البحري", "landmark", ("قصر المعارض بالصنوبر البحري",)),
    ("قصر الاتحادية", "landmark", ()),
    ("قصر عابدين", "landmark", ()),
    ("قصر بعبدا", "landmark", ()),
    ("قصر الصنوبر", "landmark", ()),
    ("السراي الحكومي", "landmark", ()),
    ("ساحة النجمة", "landmark", ()),
    ("قصر اليمامة", "landmark", ()),
    ("قصر بسمان", "landmark", ()),
    ("قصر الوطن", "landmark", ()),
    (
        "المسجد الأقصى",
        "landmark",
        (
            "الحرم القدسي",
            "الحرم القدسي الشريف",
            "المسجد الأقصى المبارك",
            "المسجد الاقصى",
            "المسجد الاقصى المبارك",
        ),
    ),
    ("قبة الصخرة", "landmark", ()),
    ("الحرم الإبراهيمي", "landmark", ("الحرم الابراهيمي",)),
    ("كنيسة القيامة", "landmark", ()),
    ("كنيسة المهد", "landmark", ()),
    ("المسجد الحرام", "landmark", ("الحرم المكي",)),
    ("المسجد النبوي", "landmark", ("الحرم النبوي",)),
    ("الكعبة", "landmark", ("الكعبة المشرفة",)),
    ("جبل عرفات", "landmark", ()),
    ("مزدلفة", "landmark", ()),
    ("قناة السويس", "landmark", ()),
    ("مضيق هرمز", "landmark", ()),
    ("باب المندب", "landmark", ("مضيق باب المندب",)),
    ("مضيق جبل طارق", "landmark", ()),
    ("البوسفور", "landmark", ("مضيق البوسفور",)),
    ("سد النهضة", "landmark", ()),
    ("السد العالي", "landmark", ()),
    ("معبر رفح", "landmark", ()),
    ("كرم أبو سالم", "landmark", ("معبر كرم أبو سالم", "كرم ابو سالم", "معبر كرم ابو سالم")),
    ("معبر الكركرات", "landmark", ("الكركرات",)),
    ("جسر الملك فهد", "landmark", ()),
    ("برج خليفة", "landmark", ()),
    ("برج إيفل", "landmark", ("برج ايفل",)),
    ("الأهرامات", "landmark", ("أهرامات الجيزة", "الاهرامات", "اهرامات الجيزة")),
    ("ميدان التحرير", "landmark", ()),
    ("المنطقة الخضراء", "landmark", ()),
    ("قاعدة حميميم", "landmark", ("حميميم",)),
    ("قاعدة عين الأسد", "landmark", ("عين الأسد", "قاعدة عين الاسد", "عين الاسد")),
    ("قاعدة إنجرليك", "landmark", ("إنجرليك", "قاعدة انجرليك", "انجرليك")),
    ("غوانتانامو", "landmark", ("غوانتنامو",)),
    ("مرفأ بيروت", "landmark", ("ميناء بيروت", "مرفا بيروت")),
    ("طنجة المتوسط", "landmark", ("ميناء طنجة المتوسط",)),
    ("جبل علي", "landmark", ("ميناء جبل علي",)),
    ("وادي رم", "landmark", ()),
    ("البحر الميت", "landmark", ()),
    ("نهر النيل", "landmark", ("النيل",)),
    ("نهر الفرات", "landmark", ("الفرات",)),
    ("نهر دجلة", "landmark", ("دجلة",)),
    ("نهر الأردن", "landmark", ("نهر الاردن",)),
    ("محطة زابوريجيا النووية", "landmark", ("محطة زابوريجيا",)),
    ("محطة بوشهر النووية", "landmark", ()),
    ("مفاعل ديمونا", "landmark", ()),
    ("سجن صيدنايا", "landmark", ()),
    ("جامع الأزهر", "landmark", ("الجامع الأزهر", "جامع الازهر", "الجامع الازهر")),
    ("جامع القرويين", "landmark", ()),
    ("مسجد الحسن الثاني", "landmark", ()),
    ("الجامع الأموي", "landmark", ("المسجد الأموي", "الجامع الاموي", "المسجد الاموي")),
)

#: Place names that are also ordinary words, given names or dates in running text.
#: They are real places, but a match on the word alone is more often not a place,
#: so they are not in :data:`PLACES`; a caller may accept them with context
#: (after "مدينة", "ولاية", "محافظة" and the like).
AMBIGUOUS: tuple[str, ...] = (
    "الأمل",  # towns and districts named Al-Amal; hope
    "النصر",  # towns and districts named An-Nasr; victory
    "الوحدة",  # Unity State (South Sudan), other towns; unity
    "السلام",  # towns and districts named As-Salam; peace
    "الخبر",  # Khobar (Saudi Arabia); the news
    "الجديدة",  # El Jadida (Morocco); new (feminine)
    "الوادي",  # El Oued (Algeria); the valley
    "معسكر",  # Mascara (Algeria); camp
    "سعيدة",  # Saida (Algeria); happy; a given name
    "البيض",  # El Bayadh (Algeria); eggs
    "النعامة",  # Naama (Algeria); ostrich
    "بشار",  # Bechar (Algeria); a given name
    "صور",  # Tyre (Lebanon), Sur (Oman); pictures
    "الباب",  # Al-Bab (Syria); the door
    "تدمر",  # Palmyra (Syria); it destroys
    "الميادين",  # Mayadin (Syria); squares, fields
    "القصير",  # Al-Qusayr (Syria); short
    "الزاوية",  # Zawiya (Libya); the corner, the angle
    "البيضاء",  # Bayda (Libya, Yemen); white (feminine)
    "الخمس",  # Khoms (Libya); the five
    "القبة",  # Al-Qubba (Libya); the dome
    "هون",  # Hun (Libya); ease; Huns
    "شحات",  # Shahhat (Libya); beggar
    "الأبيض",  # El Obeid (Sudan); white
    "ربك",  # Rabak (Sudan); your Lord
    "واو",  # Wau (South Sudan); the letter waw
    "الجزيرة",  # Gezira (Sudan); the island; a television channel
    "الشرقية",  # Sharqia (Egypt); eastern (feminine)
    "الغربية",  # Gharbia (Egypt); western (feminine)
    "البحيرة",  # Beheira (Egypt); the lake
    "الطور",  # El Tor (Egypt); the stage, the phase
    "السادات",  # Sadat City (Egypt); a family name
    "الشيخ زايد",  # Sheikh Zayed City (Egypt); a person
    "السادس من أكتوبر",  # 6th of October City (Egypt); a date
    "العاشر من رمضان",  # 10th of Ramadan City (Egypt); a date
    "العين",  # Al Ain (UAE); the eye
    "مصدر",  # Masdar City (UAE); source
    "الريان",  # Al Rayyan (Qatar); a given name
    "دخان",  # Dukhan (Qatar); smoke
    "سترة",  # Sitra (Bahrain); jacket
    "حولي",  # Hawalli (Kuwait); around me; yearly
    "عبري",  # Ibri (Oman); Hebrew
    "إبراء",  # Ibra (Oman); acquittal, discharge
    "خصب",  # Khasab (Oman); fertile
    "حجة",  # Hajjah (Yemen); argument, pretext; month name Dhu al-Hijjah
    "عمران",  # Amran (Yemen); building, urbanism; a given name
    "إب",  # Ibb (Yemen); father, once hamza is folded
    "عتق",  # Ataq (Yemen); emancipation
    "العمارة",  # Amarah (Iraq); the building, architecture
    "القائم",  # Al-Qaim (Iraq); existing, standing
    "حديثة",  # Haditha (Iraq); modern, recent (feminine)
    "الزبير",  # Zubayr (Iraq); a given name
    "صلاح الدين",  # Salah ad-Din (Iraq); a given name
    "المثنى",  # Muthanna (Iraq); the dual; a given name
    "القادسية",  # Qadisiyyah (Iraq); a battle; sports clubs
    "البيرة",  # Al-Bireh (Palestine); beer
    "المغازي",  # Maghazi (Gaza); the campaigns
    "الأقصى",  # Al-Aqsa (Jerusalem); the utmost
    "الزرقاء",  # Zarqa (Jordan); blue (feminine)
    "العقبة",  # Aqaba (Jordan); the obstacle
    "معان",  # Ma'an (Jordan); meanings; a given name
    "الأزرق",  # Azraq (Jordan); blue
    "عاليه",  # Aley (Lebanon); high (feminine), once teh marbuta is folded
    "المطلة",  # Metula; overlooking (feminine)
    "الخيام",  # Khiam (Lebanon); the tents
    "الضاحية",  # Dahiyeh (Beirut); the suburb
    "السلمية",  # Salamiyah (Syria); peaceful (feminine)
    "النعمة",  # Nema (Mauritania); blessing
    "أطار",  # Atar (Mauritania); frame, once hamza is folded
    "جوهر",  # Jowhar (Somalia); essence, jewel
    "قبلي",  # Kebili (Tunisia); before me; tribal
    "بركان",  # Berkane (Morocco); volcano
    "الحاجب",  # El Hajeb (Morocco); eyebrow; chamberlain
    "سوس",  # Souss (Morocco); woodworm
    "الريف",  # the Rif (Morocco); the countryside
    "القبائل",  # Kabylie (Algeria); the tribes
    "الصحراء",  # the Sahara; the desert
    "الساحل",  # the Sahel; the coast
    "الخليج",  # the Gulf; a gulf
    "المدينة",  # Medina; the city
    "منى",  # Mina (Mecca); wishes; a given name
    "عرفات",  # Arafat (Mecca); a family name
    "الجميل",  # Al-Jumayl (Libya); beautiful; a family name
    "بون",  # Bonn; gap, difference
    "كانو",  # Kano (Nigeria); a family name; misspelled "they were"
    "مشهد",  # Mashhad (Iran); scene
    "قم",  # Qom (Iran); stand up
    "أراك",  # Arak (Iran); I see you; the miswak tree
    "عسير",  # Asir (Saudi Arabia); difficult
    "كان",  # Cannes; was
    "ليل",  # Lille; night
    "البندقية",  # Venice; the rifle
    "بورصة",  # Bursa (Turkey); stock exchange
    "سيول",  # Seoul, in some outlets; torrents, floods
    "ماليه",  # Male (Maldives); financial, once teh marbuta is folded
    "ديلي",  # Dili (Timor-Leste); "Daily" in newspaper names
    "طوبى",  # Touba (Senegal); blessedness
    "قنا",  # Qena (Egypt); Qatar News Agency
    "مالي",  # Mali (listed as جمهورية مالي); financial
    "بعقوبة",  # Baqubah (Iraq); with a penalty
    "الديوانية",  # Diwaniyah (Iraq); the diwaniya gathering (Kuwait)
    "حماة",  # Hama (Syria); protectors; mother-in-law
    "ينبع",  # Yanbu (Saudi Arabia); it springs from
    "الحدود الشمالية",  # Northern Borders (Saudi Arabia); the northern border
    "نجد",  # Najd (Saudi Arabia); we find
    "الصعيد",  # Upper Egypt (listed as صعيد مصر); level, as in "على الصعيد"
    "جهة الشرق",  # Oriental region (Morocco); the east side
)


#: GeoNames names of capitals, of cities of over a million people and of the towns
#: (over 15,000 people) of the Arabic-speaking states that are also ordinary words, given
#: names or other things in running text. However big the place,
#: ``tools/make_place_words.py`` keeps them to the cue their word frequency asks
#: for (with :data:`AMBIGUOUS`, the ambiguity rules of the GeoNames names).
WORD_NAMES: tuple[str, ...] = (
    "مدينة",  # Medina; a city
    "هوية",  # Hue (Vietnam); identity
    "ميدان",  # Medan (Indonesia); a square
    "مدان",  # Medan; convicted
    "رياض",  # Riyadh without the article; gardens; a given name
    "رباط",  # Rabat without the article; a bond
    "ربات",  # Rabat; ladies (ربات البيوت)
    "أبا",  # Aba (Nigeria); father
    "أمان",  # Amman; safety
    "ميلان",  # Milan; inclination; a football club
    "ريم",  # Rome; a given name, a gazelle
    "روم",  # Rome; the Byzantines
    "تاني",  # Thane (India); second, in speech
    "ثين",  # Thane; a misspelled word
    "بحري",  # Bahri (Sudan); maritime
    "ستانلي",  # Stanley (Falklands); a given name
    "خفي",  # Hefei (China); hidden
    "لوم",  # Lome (Togo); blame
    "جنان",  # Jinan (China); gardens; a given name
    "صهيون",  # Zion, for Jerusalem; the ideology
    "قدس",  # Jerusalem without the article; holiness
    "بصره",  # Basra without the article; his sight
    "هزه",  # Hezhou (China); a shake
    "موصل",  # Mosul without the article; connected, a conductor
    "موصول",  # Mosul; connected
    "فينيكس",  # Phoenix; the bird, firms
    "قيصرية",  # Kayseri (Turkey); Caesarean
    "قيصري",  # Kayseri; Caesarean
    "خرطوم",  # Khartoum without the article; a hose, a trunk
    "كولونيا",  # Cologne; eau de cologne
    "مارده",  # Merida (Mexico); his giant
    "منامة",  # Manama without the article; sleep, a dream
    "السان",  # Ulsan; tongues
    "نوك",  # Nuuk (Greenland); a short word
    "قاهرة",  # Cairo without the article; overwhelming (قوة قاهرة)
    "بشت",  # Pest (Budapest); a cloak
    "بلم",  # Belem (Brazil); a boat
    "دوحة",  # Doha without the article; a big tree
    "جاس",  # Jos (Nigeria); he roamed
    "هايكو",  # Haikou (China); haiku
    "أنفا",  # Anfa (Casablanca); aforementioned (آنفا)
    "دلي",  # Dili; a bucket, let down
    "وهان",  # Wuhan; weakness
    "يبوس",  # Jebus, for Jerusalem; it dries
    "البلا",  # Jerusalem in GeoNames; the affliction, misspelled
    "كايين",  # Cayenne; the pepper
    "كوبه",  # Kobe (Japan); his cup
    "ساليم",  # Salem, for Jerusalem; sound, a given name
    "واها",  # a Chinese city; an interjection
    "مريا",  # Moriah, for Jerusalem
    "سيدني",  # Sydney; my master (سيدني), a given name
    "هيو",  # Hue (Vietnam); a given name
    "الزان",  # Ulsan; beech
    # towns of over 100,000 people in the Arabic-speaking states
    "الجديد",  # a Libyan town; new
    "أبو كبير",  # an Egyptian town; a nickname
    "الصور",  # a Lebanese town; the pictures
    "خبر",  # Khobar without the article; news
    "الهندية",  # Hindiya (Iraq); Indian (feminine)
    "بلد السعادة",  # a phrase: the land of happiness
    "سلطات",  # a Moroccan town in GeoNames; authorities
    "رشيد",  # Rosetta (Egypt); a given name
    "بركة",  # an Iraqi town; a pond, a blessing
    "ناصر بوش سابقا",  # a GeoNames note, not a name
    "النقاط الخمس",  # a Libyan district; the five points
    "العبور",  # Obour City (Egypt); the crossing
    "أقصر",  # Luxor without the article; shorter
    "داخلة",  # Dakhla without the article; inside it
    "بحركة",  # Bahrka (Iraq); with a movement
    "مركز بحركة",  # the same
    "زرقاء",  # Zarqa without the article; blue (feminine)
    "سلالة",  # Salalah, misspelled; a lineage, a strain
    "كوت",  # Kut without the article; a coat
    "صباح السالم",  # a Kuwaiti suburb; a person
    "صبيا",  # Sabya (Saudi Arabia); a boy
    "المنزلة",  # Manzala (Egypt); the rank, the standing
    "رقة",  # Raqqa without the article; gentleness
    "المسيب",  # Musayyib (Iraq); a given name
    "القريات",  # Qurayyat (Saudi Arabia); the villages
    "قرية البيضاء",  # Bayda (Libya); a village
    "سويس",  # Suez without the article; Swiss
    "ديرة",  # Deira (Dubai); his monastery
    "كسل",  # Kassala, misspelled; laziness
    "سكرة",  # a Tunisian town; drunkenness
    "القرنة",  # Qurna (Iraq); the corner
    "النهود",  # En Nahud (Sudan); breasts
    "نجف",  # Najaf without the article
    "منصورة",  # Mansoura without the article; victorious (feminine)
    "الأبي",  # El Obeid, misspelled; the proud
    "بوشر",  # Bawshar (Oman); it was begun
    "المبرز",  # Mubarraz (Saudi Arabia); the prominent
    "رانية",  # Ranya (Iraq); a given name
    "الأصنام",  # Chlef's old name; the idols
    "المرقب",  # Murqub (Libya); the watchtower
    "الثقبة",  # Thuqbah (Saudi Arabia); the hole
    "مصفح",  # Musaffah (UAE); armoured
    "ملوي",  # Mallawi (Egypt); twisted
    "طما",  # Tama (Egypt); it overflowed
    "محرق",  # Muharraq without the article; burning
    "حديدة",  # Hodeidah without the article; a piece of iron
    "ظهران",  # Dhahran without the article
    # towns of 50,000 to 100,000 people in the Arabic-speaking states
    "جمال",  # a Tunisian town; beauty, a given name
    "الثورة",  # a Syrian town; the revolution
    "ثورة",  # the same; a revolution
    "الخميس",  # an Algerian town; Thursday
    "الحي",  # an Iraqi town; the quarter, the living
    "الصف",  # an Egyptian town; the row, the class
    "الشهداء",  # an Egyptian town; the martyrs
    "الزعيم",  # a district of Doha; the leader
    "الطبقة",  # Tabqa (Syria); the class, the layer
    "أبو كمال",  # Abu Kamal without the article; a nickname
    "أبو حمص",  # an Egyptian town; a nickname
    "القاسم",  # an Iraqi town; a given name
    "بلد وين",  # Beledweyne, misspelled; a phrase
    "البرج",  # an Egyptian town; the tower
    "اليرموك",  # a district of Damascus; a battle, a university, clubs
    "خالص",  # an Iraqi town; pure
    "عقبة",  # Aqaba without the article; an obstacle; a given name
    "ديانا",  # an Iraqi town; Diana
    "قرية ديانا",  # the same
    "بيلا",  # an Egyptian town; a given name
    "نايف",  # a district of Dubai; a given name
    "دار النعيم",  # a district of Nouakchott; paradise
    "الشروق",  # an Egyptian town; the sunrise, a newspaper
    "سلمية",  # Salamiyah without the article; peaceful
    "التل",  # a Syrian town; the hill
    "مساكن",  # a Tunisian town; dwellings
    "الغازية",  # a Lebanese town; invading (feminine)
    "الخارجة",  # Kharga (Egypt); outer (feminine)
    "منزل بورقيبة",  # a Tunisian town; Bourguiba's house
    "الجمالية",  # a district of Cairo; aesthetic
    "المطار العتيق",  # a district of Doha; the old airport
    "الشامية",  # an Iraqi town; Levantine (feminine)
    "الحسينية",  # an Egyptian town; a Shia hall
    "ميادين",  # Mayadin without the article; squares, fields
    "سفيرة",  # Safira (Syria); an ambassador (feminine)
    "السفيرة",  # the same; the ambassador (feminine)
    "القرين",  # an Egyptian town; the companion
    "شهر المفرق",  # a GeoNames phrase
    "مفرق",  # Mafraq without the article; a junction
    "سيان",  # a Yemeni town; equal
    "جهينة",  # an Egyptian town; a tribe, a brand
    "ناحية القاسم",  # a district; a phrase
    "شعبية المرج",  # a Libyan district; a phrase
    "الشفا",  # a Saudi town; the healing, the brink
    "رحيمة",  # a Saudi town; merciful (feminine)
    "رس",  # Ar Rass without the article
    "الركبان",  # a Jordanian camp; the riders
    "فوه",  # an Egyptian town; mouth
    "قريات",  # an Omani town; villages
    "الظليل",  # a Jordanian town; shady
    "المنشأة",  # an Egyptian town; the facility
    "الغنائم",  # an Egyptian town; the spoils
    # towns of 15,000 to 50,000 people in the Arabic-speaking states
    "عنه",  # about it
    "جامعة",  # university
    "عنه الجديدة",  # about it, the new
    "إن صالح",  # a phrase: that Salih
    "العلم",  # science, the flag
    "عنك",  # about you
    "عنه القديمة",  # a phrase
    "الحد",  # the limit
    "بيان",  # a statement
    "وقف",  # a stop, an endowment
    "منزل جميل",  # a nice house
    "سيدي خالد",  # a person
    "بلد",  # a country
    "دورا",  # a role
    "الوجه",  # the face
    "علي الغربي",  # a person
    "القصر",  # the palace
    "سيدي سالم",  # a person
    "برج العرب",  # a hotel of Dubai too
    "الطرف",  # the side, the party
    "سوق الثلاثاء",  # the Tuesday market
    "الهلال الغربية",  # a phrase
    "الحمام",  # the bath
    "الهلال الشرقية",  # a phrase
    "قصر ليبيا",  # a phrase
    "الخبراء",  # the experts
    "صالح باي",  # a person
    "صالح الباي",  # a person
    "سحر",  # magic
    "قصر خيار",  # a phrase
    "الفحص",  # the examination
    "قصر بني وليد",  # a phrase
    "ينقل",  # he transfers
    "سيدي غازي",  # a person
    "الحزم",  # firmness
    "السد",  # the dam
    "رياض الخبراء",  # a phrase
    "بن جواد",  # a person
    "النجمة",  # the star
    "فرعون",  # a pharaoh
    "جاسم",  # a given name
    "سيدي بن زينة",  # a person
    "حمام أبو حجر",  # a phrase
    "بيت الفقيه",  # the jurist's house
    "بشري",  # human
    "كريمة",  # generous; a given name
    "الحراك",  # the movement
    "الكردي",  # the Kurd
    "أولاد صقر",  # a family
    "شقراء",  # blonde
    "التل الكبير",  # the big hill
    "راس الوادي",  # the head of the valley
    "قارة",  # a continent
    "الشيخ مسكين",  # a phrase
    "شيخ مسكين",  # a phrase
    "وادي الفضة",  # a phrase
    "واد الفضة",  # a phrase
    "سحاب",  # clouds
    "أبو حماد",  # a nickname
    "عين بسام",  # a phrase
    "آدم",  # Adam
    "الصافي",  # net, pure
    "الوقف",  # the endowment
    "تربة",  # soil
    "المذنب",  # the guilty
    "منزل عبد الرحمان",  # a house
    "ديريك",  # Derek
    "الجرف",  # the cliff
    "دخيل",  # an intruder
    "باسكال",  # Pascal
    "بسكال",  # Pascal
    "هيت",  # an interjection
    "البدع",  # heresies
    "راس الواد",  # a phrase
    "برج إسلام",  # a phrase
    "الغانم",  # a family name
    "الرطبة",  # humid
    "المالكية",  # ownership; Maliki
    "حرير",  # silk
    "هجين",  # hybrid
    "المالح",  # salty
    "براك",  # Barack
    "العقيق",  # agate
    "حتا",  # حتى misspelled
    "رماح",  # spears
    "كسوة",  # clothing
    "الكسوة",  # the Kaaba's cover
    "الظاهرية",  # Zahiri
    "السلطة الجديدة",  # the new authority
    "إذنا",  # permission
    "صفوان",  # a given name
    "جنوب السرة",  # a phrase
    "صدوق",  # truthful
    "نبل",  # nobility
    "ديدان",  # worms
    "الكرمة",  # the vine
    "الزيتية",  # oily
    "العامرية",  # a given name; an adjective
    "نوا",  # kernels
    "الرديف",  # the reserve
    "ناحية العلم",  # a phrase
    "ريج",  # a short word
    "معرب",  # Arabized
    "القنطرة",  # the arch
    "مليانة",  # full
    "لعيون",  # for the eyes
    "عرقه",  # his sweat
    "جهرا",  # openly
    "ريحانة",  # basil; a given name
    "الريحانة",  # the basil
    "ضمد",  # a bandage
    "سمارة",  # a given name
    "السرو",  # cypress
    "الحوطة",  # precaution
    "الشبلي",  # a family name
    "عربين",  # Arabs
    "العدوة",  # the enemy
    "الزرقا",  # blue
    "الدسمة",  # greasy
    "الحميدية",  # a souk of Damascus; an adjective
    "اجا",  # came, in speech
    "المغير",  # the raider
    "القطيفة",  # velvet
    "قطيفة",  # velvet
    "القريتين",  # the two villages
    "بوكي",  # a short word
    "نوي",  # we intend, in speech
    "مقلع",  # a quarry
    "صفوي",  # Safavid
    "الضبعة",  # the hyena
    "رنية",  # a given name
    "الراشدية",  # an adjective
    "الرابية",  # the hill
    "تجرة",  # trade
    "قطنا",  # cotton
    "القرارة",  # the bottom
    "سلوي",  # my consolation
    "دلس",  # fraud
    "سعير",  # blaze
    "النجيلة",  # grass
    "السطوة",  # power
    "الصنمين",  # the two idols
    "الرقيبة",  # watchful
    "الدانا",  # a pearl; a given name
    "زاكية",  # pure
    "نقادة",  # critics
    "كفري",  # my disbelief
    "بابور",  # a stove, a steamship
    "القالة",  # a saying
    "أزكي",  # purer
    "سلوق",  # a hound
    "المهبولة",  # crazy
    "صدفا",  # a shell; chance
    # phrases among the GeoNames names
    "شعبية سرت",  # a Libyan district; a phrase
    "عاشر من رمضان",  # 10th of Ramadan City; a date
    "لأن جو",  # Lanzhou (China); because the weather
)
