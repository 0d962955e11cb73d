"""Where the hand-kept places are: country codes, GeoNames links, venues, press names.

Data only. The generated GeoNames table (``geonames_places.tsv``) knows the world's
cities by their Arabic names; this module says what it cannot: which state each
country name of :mod:`.places` is, the country of the cities GeoNames has no Arabic
name for (with the GeoNames id when it has the city under another name), the right
one of several cities written alike, the country of each region, and the town or
country of each landmark. Every table is a block of text, one place a line.

Codes are ISO 3166-1 alpha-2, as GeoNames gives them (Laayoune and Dakhla are
``EH``, Jerusalem ``IL``); ``--`` is a place that lies in no single state.
"""

from __future__ import annotations

#: The states whose towns the news names by their own Arabic names (the Arab League's
#: members and Western Sahara): a GeoNames town of theirs (over 15,000 people) is a
#: place the news knows (``tools/make_place_words.py``).
ARABIC_SPEAKING = """
DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH
"""

#: ``CODE name``: the states, under their name in :data:`.places.PLACES` (its
#: variants follow it). A state written as its capital (الجزائر، تونس) is the state.
COUNTRIES = """
AF أفغانستان
AL ألبانيا
AD أندورا
AO أنغولا
AG أنتيغوا وباربودا
AR الأرجنتين
AM أرمينيا
AU أستراليا
AT النمسا
AZ أذربيجان
BS جزر البهاما
BH البحرين
BD بنغلاديش
BB بربادوس
BY بيلاروسيا
BE بلجيكا
BZ بليز
BJ بنين
BT بوتان
BO بوليفيا
BA البوسنة والهرسك
BW بوتسوانا
BR البرازيل
BN بروناي
BG بلغاريا
BF بوركينا فاسو
BI بوروندي
CV الرأس الأخضر
KH كمبوديا
CM الكاميرون
CA كندا
CF أفريقيا الوسطى
TD تشاد
CL تشيلي
CN الصين
CO كولومبيا
KM جزر القمر
CG الكونغو
CR كوستاريكا
CI كوت ديفوار
HR كرواتيا
CU كوبا
CY قبرص
CZ التشيك
CD الكونغو الديمقراطية
DK الدنمارك
DM دومينيكا
DO الدومينيكان
EC الإكوادور
EG مصر
SV السلفادور
GQ غينيا الاستوائية
ER إريتريا
EE إستونيا
SZ إسواتيني
ET إثيوبيا
FJ فيجي
FI فنلندا
FR فرنسا
GA الغابون
GM غامبيا
GE جورجيا
DE ألمانيا
GH غانا
GR اليونان
GD غرينادا
GN غينيا
GW غينيا بيساو
GY غيانا
HT هايتي
HN هندوراس
HU المجر
IS آيسلندا
IN الهند
ID إندونيسيا
IR إيران
IQ العراق
IE أيرلندا
IL إسرائيل
IT إيطاليا
JM جامايكا
JP اليابان
JO الأردن
KZ كازاخستان
KE كينيا
KI كيريباتي
KG قيرغيزستان
LA لاوس
LV لاتفيا
LB لبنان
LS ليسوتو
LR ليبيريا
LY ليبيا
LI ليختنشتاين
LT ليتوانيا
MG مدغشقر
MW ملاوي
MY ماليزيا
MV جزر المالديف
ML جمهورية مالي
MT مالطا
MH جزر مارشال
MR موريتانيا
MU موريشيوس
MX المكسيك
FM ميكرونيزيا
MD مولدوفا
MN منغوليا
ME الجبل الأسود
MA المغرب
MZ موزمبيق
MM ميانمار
NA ناميبيا
NR ناورو
NP نيبال
NL هولندا
NZ نيوزيلندا
NI نيكاراغوا
NE النيجر
NG نيجيريا
KP كوريا الشمالية
MK مقدونيا الشمالية
NO النرويج
OM سلطنة عمان
PK باكستان
PW بالاو
PG بابوا غينيا الجديدة
PY باراغواي
PE بيرو
PH الفلبين
PL بولندا
PT البرتغال
QA قطر
KR كوريا الجنوبية
RO رومانيا
RU روسيا
RW رواندا
KN سانت كيتس ونيفيس
LC سانت لوسيا
VC سانت فنسنت وجزر غرينادين
WS ساموا
ST ساو تومي وبرينسيب
SA السعودية
SN السنغال
RS صربيا
SC سيشل
SL سيراليون
SK سلوفاكيا
SI سلوفينيا
SB جزر سليمان
SO الصومال
ZA جنوب أفريقيا
SS جنوب السودان
ES إسبانيا
LK سريلانكا
SD السودان
SR سورينام
SE السويد
CH سويسرا
SY سوريا
TJ طاجيكستان
TH تايلاند
TL تيمور الشرقية
TG توغو
TO تونغا
TT ترينيداد وتوباغو
TR تركيا
TM تركمانستان
TV توفالو
UG أوغندا
UA أوكرانيا
AE الإمارات
GB المملكة المتحدة
TZ تنزانيا
US الولايات المتحدة
UY الأوروغواي
UZ أوزبكستان
VU فانواتو
VE فنزويلا
VN فيتنام
YE اليمن
ZM زامبيا
ZW زيمبابوي
PS فلسطين
VA الفاتيكان
XK كوسوفو
TW تايوان
DZ الجزائر
TN تونس
KW الكويت
DJ جيبوتي
SG سنغافورة
MC موناكو
SM سان مارينو
LU لوكسمبورغ
PA بنما
GT غواتيمالا
"""

#: ``CODE name [geonames id]``: the country of a city or region, when GeoNames has no
#: Arabic name for it, or when the most populous city of that Arabic name is not
#: the one the news means (سول is Seoul, not Sewell; فالنسيا is Valencia of Spain).
#: With an id, the city is that GeoNames city.
PLACE_COUNTRIES = """
# Cities GeoNames has under another name, by id.
MC موناكو 2993458
SM سان مارينو 3168070
PA بنما 3703443
AU كانبيرا 2172517
BB بريدجتاون 3374036
BI جيتيغا 426272
CF بانغي 2389853
DO سانتو دومينغو 3492908
SZ مباباني 934985
GD سانت جورجز 3579925
GN كوناكري 2422465
HT بورت أو برنس 3718426
ID جاكرتا 1642911
KI تاراوا 2110257
LI فادوز 3042030
MH ماجورو 2113779
MU بورت لويس 934154
FM باليكير 2081986
MM نايبيداو 6611854
NR يارين 7626461
PW نغيرولمود 8063361
SD الخرطوم 379252
TO نوكوألوفا 4032402
TV فونافوتي 2110394
UY مونتيفيديو 3441575
VU بورت فيلا 2135171
QA لوسيل 13512674
SO هرجيسا 57289
SO كيسمايو 55671
SO غالكعيو 59611
SO بلدوين 64460
RU سوتشي 491422
ES سبتة 6362987
TR مرسين 304531
TR كيليس 307864
TR أورفا 298333
TR ملاطية 304922
UA خاركيف 706483
UA زابوريجيا 687700
UA باخموت 713174
CN شنغهاي 1796236
PK كويتا 1167528
VN هو تشي منه 1566083
# Several cities share the Arabic name: the one the news means.
GY جورجتاون
KR سول
JM كينغستون
AG سانت جونز
SC فيكتوريا
ES فالنسيا
GB برمنغهام
PS بيت لحم
DZ الطارف
TN المرسى
SA عنيزة
# Cities and towns GeoNames has no Arabic name for (or fewer than 15,000 people).
QA رأس لفان
BH الصخير
CH دافوس
UA تشيرنوبيل
IR فوردو
MA أرفود
MA برشيد
MA القصر الكبير
MA وزان
MA اليوسفية
MA قلعة السراغنة
MA الفقيه بن صالح
MA ميدلت
MA زاكورة
MA المضيق
MA الفنيدق
MA السعيدية
MA جرادة
MA فكيك
MA تاوريرت
MA الخميسات
MA تمارة
MA الصخيرات
MA بوزنيقة
MA الريصاني
MA مرزوكة
MA تنغير
MA طرفاية
MA أزيلال
MA بنسليمان
MA سيدي قاسم
MA سيدي سليمان
MA تاونات
MA صفرو
MA شيشاوة
MA إنزكان
MA آيت ملول
MA الدريوش
MA مرتيل
MA سيدي بنور
MA ابن جرير
MA تيفلت
MA أمزميز
DZ إليزي
DZ حاسي الرمل
DZ جانت
DZ إن أميناس
TN تونس العاصمة
TN قرطاج
TN جربة
TN سيدي بوسعيد
TN نفطة
TN دوز
TN بن قردان
LY ترهونة
LY غدامس
LY الكفرة
LY رأس لانوف
LY تاجوراء
MR تجكجة
MR شنقيط
EG العلمين
EG العلمين الجديدة
EG العاصمة الإدارية الجديدة
EG دهب
EG طابا
EG نويبع
EG سانت كاترين
EG مرسى علم
SD كوستي
SD الدلنج
SD مروي
SD وادي حلفا
SS الرنك
SA نيوم
SA الأحساء
SA رابغ
SA القنفذة
SA المجمعة
SA حفر الباطن
SA بيشة
SA شرورة
AE خورفكان
OM الدقم
OM مطرح
YE سيئون
YE تريم
YE الغيضة
YE الضالع
YE رداع
YE المحويت
YE الصليف
YE رأس عيسى
IQ تلعفر
IQ الكاظمية
IQ الأعظمية
SY تل أبيض
SY رأس العين
SY معرة النعمان
SY صيدنايا
SY المزة
LB النبطية
LB بنت جبيل
LB البترون
LB بعبدا
LB مرجعيون
LB شبعا
LB بيت الدين
LB عين الحلوة
LB نهر البارد
JO البتراء
PS سلفيت
PS الشجاعية
PS بيت ساحور
PS حوارة
IL عسقلان
IL سديروت
IL هرتسليا
# Regions.
SA المنطقة الشرقية
SA القصيم
SA الحجاز
SA الجوف
IQ إقليم كردستان
IQ الأنبار
IQ نينوى
IQ ديالى
IQ واسط
IQ ذي قار
IQ ميسان
IQ بابل
SY الغوطة الشرقية
SY الغوطة
SY الجولان
LB البقاع
LB عكار
LB الضاحية الجنوبية
LB مزارع شبعا
PS الضفة الغربية
PS قطاع غزة
PS القدس الشرقية
IL النقب
IL الجليل
EG سيناء
EG شمال سيناء
EG جنوب سيناء
EG صعيد مصر
EG القليوبية
EG الدقهلية
EG المنوفية
EG الوادي الجديد
-- البحر الأحمر
SD دارفور
SD شمال دارفور
SD جنوب دارفور
SD غرب دارفور
SD كردفان
SD شمال كردفان
SD جنوب كردفان
SD النيل الأزرق
-- أبيي
LY برقة
LY فزان
LY الهلال النفطي
LY الجفرة
DZ منطقة القبائل
DZ الهقار
EH الصحراء الغربية
EH الصحراء المغربية
EH الأقاليم الجنوبية
MA الحوز
MA سوس ماسة
MA طنجة تطوان الحسيمة
MA الرباط سلا القنيطرة
MA الدار البيضاء سطات
MA مراكش آسفي
MA فاس مكناس
MA بني ملال خنيفرة
MA درعة تافيلالت
MA كلميم واد نون
EH العيون الساقية الحمراء
EH الداخلة وادي الذهب
YE حضرموت
YE المهرة
YE شبوة
YE أبين
YE سقطرى
OM ظفار
OM مسندم
OM الباطنة
AE الظفرة
SO أرض الصومال
SO بونتلاند
SO جوبالاند
KM أنجوان
KM موهيلي
KM القمر الكبرى
-- كشمير
CN التبت
CN شينجيانغ
UA القرم
UA دونباس
AZ ناغورنو قره باغ
RU الشيشان
RU داغستان
ET تيغراي
ET أمهرة
ET أوروميا
ML أزواد
ES كتالونيا
ES إقليم الباسك
ES الأندلس
ES جزر الكناري
IT صقلية
IT لامبيدوزا
GR كريت
ID بالي
GB اسكتلندا
GB ويلز
GB إنجلترا
GB أيرلندا الشمالية
CA كيبيك
US كاليفورنيا
US تكساس
US فلوريدا
US ألاسكا
GL غرينلاند
IR خوزستان
-- بلوشستان
PK خيبر بختونخوا
-- البنجاب
-- الشرق الأوسط
-- شمال أفريقيا
-- المغرب العربي
-- الخليج العربي
-- القرن الأفريقي
-- منطقة الساحل
-- البلقان
GI جبل طارق
-- القوقاز
-- آسيا الوسطى
-- أفريقيا
-- أوروبا
-- آسيا
-- أمريكا اللاتينية
-- أمريكا الشمالية
-- أمريكا الجنوبية
-- البحر المتوسط
-- بحر العرب
-- بحر قزوين
-- البحر الأسود
"""

#: ``landmark : where``: the town a landmark of :data:`.places.PLACES` stands in (a
#: place name), or its country code when it lies outside a listed town.
VENUES = """
البيت الأبيض : واشنطن
الكرملين : موسكو
قصر الإليزيه : باريس
داونينغ ستريت : لندن
البنتاغون : US
الكابيتول : واشنطن
كامب ديفيد : US
قصر بكنغهام : لندن
قصر فرساي : FR
قصر الأمم : جنيف
قصر قرطاج : TN
قصر المرادية : الجزائر
قصر المعارض الصنوبر البحري : الجزائر
قصر الاتحادية : القاهرة
قصر عابدين : القاهرة
قصر بعبدا : LB
قصر الصنوبر : بيروت
السراي الحكومي : بيروت
ساحة النجمة : بيروت
قصر اليمامة : الرياض
قصر بسمان : عمان
قصر الوطن : أبوظبي
المسجد الأقصى : القدس
قبة الصخرة : القدس
الحرم الإبراهيمي : الخليل
كنيسة القيامة : القدس
كنيسة المهد : بيت لحم
المسجد الحرام : مكة المكرمة
المسجد النبوي : المدينة المنورة
الكعبة : مكة المكرمة
جبل عرفات : SA
مزدلفة : SA
قناة السويس : EG
مضيق هرمز : --
باب المندب : --
مضيق جبل طارق : --
البوسفور : إسطنبول
سد النهضة : ET
السد العالي : أسوان
معبر رفح : EG
كرم أبو سالم : IL
معبر الكركرات : EH
جسر الملك فهد : --
برج خليفة : دبي
برج إيفل : باريس
الأهرامات : الجيزة
ميدان التحرير : القاهرة
المنطقة الخضراء : بغداد
قاعدة حميميم : SY
قاعدة عين الأسد : IQ
قاعدة إنجرليك : TR
غوانتانامو : CU
مرفأ بيروت : بيروت
طنجة المتوسط : MA
جبل علي : دبي
وادي رم : JO
البحر الميت : --
نهر النيل : --
نهر الفرات : --
نهر دجلة : --
نهر الأردن : --
محطة زابوريجيا النووية : UA
محطة بوشهر النووية : IR
مفاعل ديمونا : IL
سجن صيدنايا : SY
جامع الأزهر : القاهرة
جامع القرويين : فاس
مسجد الحسن الثاني : الدار البيضاء
الجامع الأموي : دمشق
"""

#: ``press name : city``: what the news calls a city instead of its name. These are
#: found in text like the names of :data:`.places.PLACES`.
PRESS_NAMES = """
العاصمة الاقتصادية : الدار البيضاء
المدينة الحمراء : مراكش
مدينة البوغاز : طنجة
عاصمة سوس : أكادير
العاصمة العلمية : فاس
العاصمة الإسماعيلية : مكناس
عاصمة الشرق : وجدة
عاصمة البوغاز : طنجة
عروس البحر المتوسط : الإسكندرية
مدينة الجسور المعلقة : قسنطينة
مدينة الجسور : قسنطينة
عاصمة الغرب الجزائري : وهران
عاصمة الجنوب التونسي : صفاقس
"""

#: ``adjective CODE``: the country a nisba adjective names, for "the capital" or "the
#: city" followed by one (العاصمة الجزائرية، المدينة السويسرية).
NISBAS = """
الجزائرية DZ
المغربية MA
التونسية TN
الليبية LY
الموريتانية MR
المصرية EG
السودانية SD
السعودية SA
الإماراتية AE
القطرية QA
البحرينية BH
الكويتية KW
العمانية OM
اليمنية YE
العراقية IQ
السورية SY
اللبنانية LB
الأردنية JO
الفلسطينية PS
التركية TR
الإيرانية IR
الفرنسية FR
البلجيكية BE
السويسرية CH
الألمانية DE
الإسبانية ES
الإيطالية IT
البريطانية GB
الروسية RU
الأمريكية US
الصينية CN
اليابانية JP
الإثيوبية ET
الكازاخية KZ
"""

#: ``CODE name``: a body only one state has; a venue that names one (مقر المجلس
#: الشعبي الوطني) and no town lies in that state.
STATE_BODIES = """
DZ المجلس الشعبي الوطني
TN مجلس نواب الشعب
MA مجلس المستشارين
IL الكنيست
"""

#: Seats a state keeps abroad: a nationality adjective after one of these (السفارة
#: الفرنسية) names the state that owns the seat, not the one it stands in.
SEATS_ABROAD = """
سفارة
السفارة
قنصلية
القنصلية
بعثة
البعثة
"""

#: ``CODE word``: a word only one state uses for its communes or prefectures; a town
#: right after it lies in that state (جماعة المنصورة is a Moroccan commune, not the
#: Egyptian city).
ADMINISTRATIVE_NOUNS = """
MA جماعة
MA عمالة
MA باشوية
"""
