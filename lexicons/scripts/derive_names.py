#!/usr/bin/env python3
"""Derive khabar's name lexicons from MIT-licensed sources (stdlib only, rerunnable, byte-for-byte).

Writes, next to this script's parent directory (lexicons/):
  given_names.tsv   fa, latin, gender, approx, weak, word
                    Persian given names with a Latin transliteration.
                    Sources: ../shared/data/lexicon-sources/names/{male,female}_names.txt (MIT,
                    persian-gender-detection / farsi-faker).  A name that is also a frequent common
                    word in hazm's words.dat (MIT) is dropped unless it is in KNOWN (below), so that
                    "شورا", "روز", "طلا" are not taken for names.  `latin` comes from KNOWN (hand
                    checked, approx 0) or from the rules in translit() (approx 1).  `weak` 1 marks an
                    unchecked name that is also a frequent word (hazm >= WEAK_HAZM or shekar >=
                    WEAK_SHEKAR): khabar takes it for a name only before a listed surname.  `word` 1
                    marks any given name that is also a frequent word (WORD_HAZM, WORD_SHEKAR): such a
                    name alone is not taken for a mention of the person who has it.  COMMON_GIVEN adds
                    common Iranian given names by hand (hand-checked Latin); those that are everyday
                    words (AMBIGUOUS: ستاره، پیام) are `weak` too, and stay in common_words.tsv when
                    frequent.  A glued compound
                    (محمدرضا) that splits into two known names also gets its spaced form.
  surnames.tsv      fa, latin, common           ../shared/data/lexicon-sources/names/last_names.txt
                    (MIT), one-token surnames only, with a rule-made transliteration; `common` 1 marks
                    a surname that is also a frequent word (hazm >= NAME_MAX_FREQ, shekar >= SHEKAR_MAX:
                    زارع، آزاد، اسلامی): khabar takes it only after a checked given name.
  function_words.tsv fa                         hazm stopwords.dat (MIT): words that end a name or an
                    organisation's noun phrase.
  common_words.tsv  fa, freq                    hazm words.dat (MIT) words with corpus frequency >=
                    COMMON_MIN, and shekar vocab.csv (MIT) words counted >= COMMON_SHEKAR (freq = count/10),
                    that are neither given names nor surnames: a word right after a
                    given name that is in this list is not taken for a surname ("علی گفت").

usage: python3 lexicons/scripts/derive_names.py [--sources DIR]
"""
import argparse
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEX = os.path.dirname(HERE)
DEFAULT_SRC = os.path.join(LEX, "..", "..", "..", "shared", "data", "lexicon-sources")
if not os.path.isdir(DEFAULT_SRC):
    DEFAULT_SRC = "/work/shared/data/lexicon-sources"

NAME_MAX_FREQ = 400_000   # a listed name more frequent than this as a word is a common word
COMMON_MIN = 150_000      # common_words.tsv threshold
WEAK_HAZM = 10_000
WEAK_SHEKAR = 1_000_000
WORD_HAZM = 100_000       # a given name this frequent as a word is not taken alone ("حسن", "امید")
WORD_SHEKAR = 5_000_000
COMMON_SHEKAR = 2_000_000 # shekar words this frequent (and not names) are common words
SHEKAR_MAX = 20_000_000   # a listed name this frequent in shekar's vocab.csv is a common word

# Hand-checked transliterations of frequent given names (ours, MIT). These are kept even when the
# word is also a frequent common word.
KNOWN = {
    "ابراهیم": "Ebrahim", "ابوالحسن": "Abolhassan", "ابوالفضل": "Abolfazl", "ابوالقاسم": "Abolghasem",
    "احسان": "Ehsan", "احمد": "Ahmad", "احمدرضا": "Ahmadreza", "اسحاق": "Eshagh", "اسدالله": "Asadollah",
    "اسماعیل": "Esmaeil", "اصغر": "Asghar", "اکبر": "Akbar", "الهام": "Elham", "امیر": "Amir",
    "امیرحسین": "Amirhossein", "امید": "Omid", "ایرج": "Iraj", "بابک": "Babak", "بهرام": "Bahram",
    "بهروز": "Behrouz", "بهزاد": "Behzad", "بیژن": "Bijan", "پرویز": "Parviz", "تقی": "Taghi",
    "جعفر": "Jafar", "جلال": "Jalal", "جمال": "Jamal", "جواد": "Javad", "حامد": "Hamed",
    "حبیب": "Habib", "حسن": "Hassan", "حسین": "Hossein", "حمید": "Hamid", "حمیدرضا": "Hamidreza",
    "خلیل": "Khalil", "داود": "Davoud", "رحیم": "Rahim", "رسول": "Rasoul", "رضا": "Reza",
    "رمضان": "Ramezan", "زهرا": "Zahra", "سعید": "Saeed", "سید": "Seyed", "سیدعلی": "Seyed Ali",
    "سیدمحمد": "Seyed Mohammad", "شهید": "Shahid", "صادق": "Sadegh", "عباس": "Abbas",
    "عبدالله": "Abdollah", "عبدالرضا": "Abdolreza", "عزیز": "Aziz", "عزت‌الله": "Ezzatollah",
    "علی": "Ali", "علیرضا": "Alireza", "علی‌اکبر": "Ali Akbar", "علی‌اصغر": "Ali Asghar",
    "غلامرضا": "Gholamreza", "غلامحسین": "Gholamhossein", "فاطمه": "Fatemeh", "فرهاد": "Farhad",
    "قاسم": "Ghasem", "کاظم": "Kazem", "کریم": "Karim", "کمال": "Kamal", "مجید": "Majid",
    "محسن": "Mohsen", "محمد": "Mohammad", "محمدباقر": "Mohammad Bagher", "محمدجواد": "Mohammad Javad",
    "محمدحسن": "Mohammad Hassan", "محمدحسین": "Mohammad Hossein", "محمدرضا": "Mohammadreza",
    "محمدعلی": "Mohammad Ali", "محمدمهدی": "Mohammad Mehdi", "محمود": "Mahmoud", "مرتضی": "Morteza",
    "مریم": "Maryam", "مسعود": "Masoud", "مصطفی": "Mostafa", "معصومه": "Masoumeh", "منصور": "Mansour",
    "منوچهر": "Manouchehr", "مهدی": "Mehdi", "مهران": "Mehran", "ناصر": "Naser", "نادر": "Nader",
    "نصرالله": "Nasrollah", "نعمت‌الله": "Nematollah", "هادی": "Hadi", "یحیی": "Yahya", "یوسف": "Yousef",
    "یعقوب": "Yaghoub", "اسفندیار": "Esfandiar", "امین": "Amin", "ایمان": "Iman", "بهمن": "Bahman",
    "پیمان": "Peyman", "جهانگیر": "Jahangir", "حجت": "Hojjat", "حسام": "Hesam", "حمزه": "Hamzeh",
    "رحمان": "Rahman", "روح‌الله": "Rouhollah", "سعدالله": "Sadollah", "سهراب": "Sohrab",
    "شهرام": "Shahram", "صمد": "Samad", "عادل": "Adel", "عبدالحمید": "Abdolhamid", "عبدالکریم": "Abdolkarim",
    "عطاالله": "Ataollah", "علی‌محمد": "Ali Mohammad", "عماد": "Emad", "فرشید": "Farshid",
    "فریدون": "Fereydoun", "قدرت‌الله": "Ghodratollah", "کامران": "Kamran", "کوروش": "Kourosh",
    "مجتبی": "Mojtaba", "محب‌الله": "Mohebollah", "محمدتقی": "Mohammad Taghi", "مرضیه": "Marzieh",
    "معصوم": "Masoum", "ملیحه": "Malihe", "مهرداد": "Mehrdad", "میثم": "Meysam", "نرگس": "Narges",
    "نوید": "Navid", "وحید": "Vahid", "هاشم": "Hashem", "هوشنگ": "Houshang", "یدالله": "Yadollah",
    "حمیده": "Hamideh", "زینب": "Zeinab",
    "سارا": "Sara", "سمیه": "Somayeh", "شهلا": "Shahla", "طاهره": "Tahereh", "فرزانه": "Farzaneh",
    "لیلا": "Leila", "مینا": "Mina", "نسرین": "Nasrin", "نیلوفر": "Niloufar", "اعظم": "Azam",
    "منیره": "Monireh", "پروین": "Parvin", "شیرین": "Shirin", "آزاده": "Azadeh", "مهناز": "Mahnaz",
    "اشرف": "Ashraf", "شهربانو": "Shahrbanou", "عفت": "Effat", "حسینعلی": "Hosseinali",
    "زین‌العابدین": "Zeinolabedin", "سیدحسن": "Seyed Hassan", "سیدحسین": "Seyed Hossein",
    "سیدمهدی": "Seyed Mehdi", "سیدرضا": "Seyed Reza", "سیدمحمدرضا": "Seyed Mohammadreza",
    "قربان": "Ghorban", "کیومرث": "Kiumars", "اردشیر": "Ardeshir", "داریوش": "Dariush",
    "سیاوش": "Siavash", "رامین": "Ramin", "نوذر": "Nozar", "فیروز": "Firouz",
    "صفر": "Safar", "ولی‌الله": "Valiollah", "فتح‌الله": "Fathollah", "ذبیح‌الله": "Zabihollah",
    "حشمت‌الله": "Heshmatollah", "سیف‌الله": "Seifollah", "حبیب‌الله": "Habibollah",
    "عبدالعلی": "Abdolali", "عبدالرحیم": "Abdolrahim", "عبدالرسول": "Abdolrasoul", "طالب": "Taleb",
}

# Common Iranian given names (and names of early Islamic history) that the MIT lists lack or that
# were dropped there for being frequent words ("ستاره" star, "پروانه" butterfly) (hand-written, ours):
# fa Latin, one pair a line per gender. Checked: a name before a surname; those that are everyday
# words are also in AMBIGUOUS (never taken alone).
COMMON_M = """
آرش Arash|آرمان Arman|آرین Arian|اشکان Ashkan|افشین Afshin|امیرعلی Amirali|باقر Bagher
بهنام Behnam|بهداد Behdad|پارسا Parsa|پرهام Parham|پوریا Pouria|پویا Pouya|پیام Payam|پیروز Pirouz
جمشید Jamshid|خسرو Khosrow|داوود Davoud|دارا Dara|رستم Rostam|روزبه Roozbeh
سام Sam|سامان Saman|ساسان Sasan|ستار Sattar|سجاد Sajjad|سروش Soroush|سپهر Sepehr|سهند Sahand
سهیل Soheil|سیامک Siamak|سینا Sina|شاهرخ Shahrokh|شاهین Shahin|شایان Shayan|شهاب Shahab
شهریار Shahriar|صالح Saleh|عارف Aref|عرفان Erfan|عمار Ammar|غلام Gholam|غلامعلی Gholamali|فرج Faraj
فرید Farid|کاوه Kaveh|کیان Kian|کیوان Keyvan|مانی Mani|میلاد Milad|نیما Nima|هومن Houman
یاسر Yaser|یاشار Yashar|ودود Vadoud|فضل‌الله Fazlollah|توحید Tohid|رحمت Rahmat|عزت Ezzat|راشد Rashed
عیسی Isa|سلیمان Soleiman|اسد Asad|عثمان Osman|عمر Omar|مروان Marwan|ابوبکر Abu Bakr|معاویه Muawiya
یزید Yazid|سیروان Sirvan|شادمهر Shadmehr|سپند Sepand|برات Barat|اقبال Eghbal|حکیم Hakim
بهراد Behrad|مازیار Maziar|فرزاد Farzad|فرشاد Farshad|فرهود Farhoud|کامبیز Kambiz
ماشاءالله Mashallah|ماشالله Mashallah|موسی Mousa|هارون Haroun|نوح Nouh|کورش Kourosh|فرامرز Faramarz
مسیح Masih|محمدکاظم Mohammadkazem|قنبر Ghanbar|قنبرعلی Ghanbarali|قربانعلی Ghorbanali|نجفعلی Najafali
یارمحمد Yarmohammad|دوست‌محمد Doostmohammad|نورمحمد Nourmohammad
الله‌وردی Allahverdi|اله‌وردی Allahverdi|نصیر Nasir|منیر Monir|نقی Naghi|یاسین Yasin|لقمان Loghman
عین‌الله Eynollah|ناصرالدین Naseroddin|گشتاسب Goshtasb
احد Ahad|مزدک Mazdak|صائب Saeb|مقداد Meghdad|کسری Kasra|مهیار Mahyar|نریمان Nariman|عقیل Aghil
نیکنام Niknam|کرامت‌الله Keramatollah|رحمت‌الله Rahmatollah
هدایت‌الله Hedayatollah|عنایت‌الله Enayatollah|خلیل‌الله Khalilollah|شمس‌الله Shamsollah
نجات‌الله Nejatollah|هرمز Hormoz|فرزین Farzin
فریبرز Fariborz|کیانوش Kianoush|همایون Homayoun|کامیار Kamyar|فرزام Farzam|مهرزاد Mehrzad
کیخسرو Keykhosrow
"""
COMMON_F = """
آرزو Arezoo|اختر Akhtar|اکرم Akram|الناز Elnaz|الهه Elaheh|بهاره Bahareh|بهنوش Behnoush|پردیس Pardis
پروانه Parvaneh|پگاه Pegah|ترانه Taraneh|ترنم Taranom|تمنا Tamanna|جیران Jeyran|خاطره Khatereh
دینا Dina|ربابه Robabeh|رها Raha|زبیده Zobeideh|زهره Zohreh|زیبا Ziba|ستاره Setareh|سحر Sahar
سپیده Sepideh|سیما Sima|شبنم Shabnam|شقایق Shaghayegh|شهره Shohreh|صبا Saba|صدف Sadaf|عالیه Alieh
فرشته Fereshteh|فریده Farideh|فیروزه Firouzeh|لادن Ladan|لاله Laleh|مائده Maedeh|مرجان Marjan
مژده Mojdeh|مهتاب Mahtab|مهسا Mahsa|مهشید Mahshid|نازنین Nazanin|ناهید Nahid|نعیمه Naeimeh|نگار Negar
هما Homa|یلدا Yalda|کوثر Kowsar|فرناز Farnaz|عایشه Aisha|خدیجه Khadijeh|شیدا Sheida|غزال Ghazal
هدیه Hedieh|بدری Badri|سرور Sorour|شادی Shadi|نسیم Nasim|مهری Mehri|شیوا Shiva|سوسن Sousan
منیژه Manijeh|فخری Fakhri|فائزه Faezeh|نجمه Najmeh|نفیسه Nafiseh|فهیمه Fahimeh|فریبا Fariba
فرحناز Farahnaz|ملیکا Melika
منصوره Mansoureh|مهین Mahin|مهرناز Mehrnaz
مهرانگیز Mehrangiz|گلرخ Golrokh|ماندانا Mandana|فرنوش Farnoush
"""
COMMON_GIVEN = {}
for _g, _block in (("M", COMMON_M), ("F", COMMON_F)):
    for _pair in _block.replace("\n", "|").split("|"):
        if _pair.strip():
            _fa, _lat = _pair.strip().split(" ", 1)
            COMMON_GIVEN[_fa] = (_lat, _g)

# Checked given names that are also everyday words (حسن "good", امید "hope", بهمن the month): never
# taken alone for a mention of the person who has the name.
AMBIGUOUS = set("""حسن امید ایمان رحمان عزیز صادق شهید سید جلال جمال کمال امین صفر قربان رمضان بهمن حجت نوری نادر
مهران رحیم سعید اکبر اعظم اشرف عادل طالب خالد فیروز شیرین آزاده الهام نوید احسان مجید حبیب کریم جواد حامد منصور
ناصر قاسم عباس تقی بیل جو ها مارک صدام بشار سلمان معصوم حسنی طلعت عفت حیدر اصغر امیر پیمان نیکی
آرزو آرمان اختر اسد اقبال برات پروانه پویا پیام پیروز ترانه تمنا توحید حکیم خاطره دارا رحمت رستم رها زیبا
سام سامان ستاره سحر سرور سروش سپهر سیما شادی شاهین شهاب صالح صبا صدف عارف عرفان عزت عمر غزال
فرشته کیان لاله میلاد نسیم نگار هدیه هما بدری غلام فرج عیسی راشد سپیده پگاه سهند پردیس شهریار یلدا
جان ماشاءالله ماشالله مسیح هرمز احد صائب کسری نیکنام""".split())

# Entries of the name lists that are not given names on their own (the words of "بسم‌الله الرحمن
# الرحیم"): never written to given_names.tsv.
NOT_NAMES = {"بسم", "الرحمن", "الرحیم"}

# Foreign given names frequent in Persian news (hand-written, ours).
FOREIGN = {
    "دونالد": "Donald", "باراک": "Barack", "هیلاری": "Hillary", "ولادیمیر": "Vladimir", "جو": "Joe",
    "جورج": "George", "مایک": "Mike", "مایکل": "Michael", "رجب": "Recep",
    "بشار": "Bashar", "نوری": "Nouri", "جلال": "Jalal", "امانوئل": "Emmanuel", "آنگلا": "Angela",
    "ترزا": "Theresa", "بوریس": "Boris", "دیمیتری": "Dmitry", "سرگئی": "Sergey", "شیمون": "Shimon",
    "بنیامین": "Benjamin", "آریل": "Ariel", "ایهود": "Ehud", "کالین": "Colin", "کاندولیزا": "Condoleezza",
    "جیمز": "James", "ویلیام": "William", "رابرت": "Robert", "ریچارد": "Richard", "دیوید": "David",
    "فرانسوا": "Francois", "نیکلا": "Nicolas", "ژاک": "Jacques", "تونی": "Tony", "گوردون": "Gordon",
    "پیتر": "Peter", "مارک": "Mark", "رکس": "Rex", "جیسون": "Jason",
    "فدریکا": "Federica", "کاترین": "Catherine", "آنتونیو": "Antonio", "کوفی": "Kofi",
    "یوکیا": "Yukiya", "رافائل": "Rafael", "محمود": "Mahmoud", "سلمان": "Salman", "عادل": "Adel",
    "فیدل": "Fidel", "رائول": "Raul", "هوگو": "Hugo", "نیکولاس": "Nicolas", "جین‌پینگ": "Jinping",
    "کیم": "Kim", "شینزو": "Shinzo", "نارندرا": "Narendra", "اشرف": "Ashraf",
    "حامد": "Hamid", "دانی": "Danny", "کنث": "Kenneth", "راب": "Rob", "داگلاس": "Douglas", "لاری": "Larry",
    "بیل": "Bill", "فیلیپ": "Philip", "ایاد": "Ayad", "طارق": "Tariq", "طلعت": "Talaat", "ویویان": "Vivian",
    "مارتین": "Martin", "استفان": "Stefan", "آلبرت": "Albert", "توماس": "Thomas", "چارلز": "Charles",
    "الیزابت": "Elizabeth", "مارین": "Marine", "جاستین": "Justin", "جرمی": "Jeremy", "برنی": "Bernie",
    "تد": "Ted", "مارکو": "Marco", "جب": "Jeb", "نیکی": "Nikki", "جیمی": "Jimmy", "رونالد": "Ronald",
    "اسکات": "Scott", "کارلوس": "Carlos", "لوئیز": "Luiz", "دیلما": "Dilma", "ژان": "Jean", "پاتریک": "Patrick",
    "حسنی": "Hosni", "معمر": "Muammar", "صدام": "Saddam", "عبدالفتاح": "Abdel Fattah",
    "میشل": "Michel", "نبیه": "Nabih", "اسماعیل": "Ismail",
    "خالد": "Khaled", "ابومازن": "Abu Mazen", "مقتدی": "Muqtada", "مقتدا": "Muqtada", "حیدر": "Haider", "مسعود": "Masoud",
    "ایوانکا": "Ivanka", "جرد": "Jared", "ملانیا": "Melania", "کلینتون": "Clinton",
    # more foreign given names as Iranian news spells them (hand-written, ours): a foreign given name
    # before an unknown word is a name ("الیور استون", "ژان فردریک پوآسون")
    "الیور": "Oliver", "آلن": "Alain", "هانری": "Henri", "اریک": "Eric", "کریس": "Chris",
    "کریستوفر": "Christopher", "کریستین": "Christine", "استیو": "Steve", "استیون": "Steven",
    "آندره": "Andre", "آندرس": "Andres", "آنتونی": "Anthony", "ادوارد": "Edward", "آلبرتو": "Alberto",
    "آلفردو": "Alfredo", "آلکسیس": "Alexis", "الکساندر": "Alexander", "الکسی": "Alexei", "ایگور": "Igor",
    "یوری": "Yuri", "میخائیل": "Mikhail", "نیکولای": "Nikolai", "آندری": "Andrei", "والنتینا": "Valentina",
    "ماریا": "Maria", "ناتالی": "Natalie", "ژولیا": "Julia", "جولیا": "Julia", "امیلی": "Emily",
    "اولیویا": "Olivia", "سوفیا": "Sophia", "لورا": "Laura", "جنیفر": "Jennifer", "جسیکا": "Jessica",
    "ژوزه": "Jose", "خوزه": "Jose", "خوان": "Juan", "لوئیس": "Luis", "پدرو": "Pedro", "پابلو": "Pablo",
    "دیگو": "Diego", "فرناندو": "Fernando", "روبرتو": "Roberto", "ماریو": "Mario", "لوکا": "Luca",
    "لوکاس": "Lucas", "ماتئو": "Matteo", "جیانی": "Gianni", "سیلویو": "Silvio", "کارلو": "Carlo",
    "فرانچسکو": "Francesco", "جوزپه": "Giuseppe", "ولفگانگ": "Wolfgang", "هانس": "Hans", "کلاوس": "Klaus",
    "فرانک": "Frank", "یورگن": "Jurgen", "یواخیم": "Joachim", "هلموت": "Helmut", "گرهارد": "Gerhard",
    "فریدریش": "Friedrich", "کارل": "Karl", "اوتو": "Otto", "زیگمار": "Sigmar", "ماتیاس": "Matthias",
    "مانوئل": "Manuel", "ژرژ": "Georges", "لوران": "Laurent", "برنار": "Bernard", "دومینیک": "Dominique",
    "اولیویه": "Olivier", "ونسان": "Vincent", "ژرار": "Gerard", "رنه": "Rene", "کریستف": "Christophe",
    "سباستین": "Sebastian", "مارسل": "Marcel", "ریک": "Rick", "رابین": "Robin", "دنیس": "Dennis",
    "دانیل": "Daniel", "ساموئل": "Samuel", "بنجامین": "Benjamin", "آیزاک": "Isaac", "گری": "Gary",
    "هری": "Harry", "بابی": "Bobby", "جانی": "Johnny", "جفری": "Jeffrey",
    "جف": "Jeff", "براد": "Brad", "بروس": "Bruce", "برایان": "Brian",
    "کوئنتین": "Quentin", "مارگارت": "Margaret", "نانسی": "Nancy", "سوزان": "Susan", "سوزانا": "Susanna",
    "هلن": "Helen", "آنجلینا": "Angelina", "آنجلا": "Angela", "مریل": "Meryl", "نیکول": "Nicole",
    "جولیان": "Julian", "لوتر": "Luther", "مالکوم": "Malcolm", "آبراهام": "Abraham",
    "فرانکلین": "Franklin", "وینستون": "Winston", "نلسون": "Nelson", "روبرت": "Robert", "یوهان": "Johann",
    "ینس": "Jens", "لارس": "Lars", "ویکتور": "Victor", "ژوزف": "Joseph", "جوزف": "Joseph",
    "فرانسیس": "Francis", "فرانسیسکو": "Francisco", "آنتوان": "Antoine", "ژوزپ": "Josep",
    "سرخیو": "Sergio", "ماسیمو": "Massimo", "ماتئوس": "Mateus", "لیونل": "Lionel", "کریستیانو": "Cristiano",
    "زلاتان": "Zlatan", "نیمار": "Neymar", "گرت": "Gareth",
    "جرج": "George",
    "نیکلاس": "Nicolas", "ناتالیا": "Natalia", "اولگا": "Olga",
    # and more (hand-written, ours): names only, none of them a Persian word
    "چارلی": "Charlie", "دیک": "Dick", "کیتی": "Katy", "ادوین": "Edwin", "نادین": "Nadine",
    "برونو": "Bruno", "خوسه": "Jose", "لئون": "Leon", "آدام": "Adam", "تایلر": "Tyler",
    "هوارد": "Howard", "والتر": "Walter", "آرنولد": "Arnold", "ریچل": "Rachel", "مگان": "Megan",
    "لیندسی": "Lindsey", "نبیل": "Nabil", "فیصل": "Faisal", "ولید": "Walid", "فواد": "Fouad",
    "غسان": "Ghassan", "وائل": "Wael", "یوگنی": "Yevgeny", "رونی": "Ronnie", "آلفرد": "Alfred",
    "فلیکس": "Felix", "ماکسیم": "Maxim", "سیمون": "Simon", "کلر": "Claire", "کارلا": "Carla",
    "کامالا": "Kamala", "آرتور": "Arthur", "آلیس": "Alice", "لوسی": "Lucy", "هیدر": "Heather",
    "رومن": "Roman", "تیلور": "Taylor", "رابرتو": "Roberto", "سزار": "Cesar", "خورخه": "Jorge",
    "ادواردو": "Eduardo", "آنخل": "Angel", "هشام": "Hisham", "لئوناردو": "Leonardo", "میگل": "Miguel",
    # a foreign given name that is also an everyday word (جان "life"): in AMBIGUOUS and FOREIGN_WORDS
    # too, so it is a name only before a surname-like word, never alone, and stays a common word
    "جان": "John",
    "اونای": "Unai",
    # foreign given names of sport and politics as Iranian news spells them (hand-written, ours)
    "اولیور": "Oliver", "یوپ": "Jupp", "هانسی": "Hansi", "زوران": "Zoran", "دراگان": "Dragan",
    "ویسنته": "Vicente", "آرسن": "Arsene", "پپ": "Pep", "فلورنتینو": "Florentino",
    "پائولو": "Paulo", "ژائو": "Joao", "جوزه": "Jose", "مارچلو": "Marcello", "کارلس": "Carles",
    "پاتریس": "Patrice", "ریکاردو": "Ricardo", "اینیگو": "Inigo", "آلکس": "Alex",
    "ماکس": "Max",
   
}

# Foreign given names that stay common words (see FOREIGN).
FOREIGN_WORDS = {"جان"}

# hazm stop words that are words of organisations' names, so they do not end one: "رئیس بخش قلب
# بیمارستان …", "دادگاه ویژه روحانیت", "شورای حل اختلاف", "شرکت ملی پخش فرآورده‌های
# نفتی" (not جمعی: "… و جمعی از مسئولان")
NAME_STOPWORDS = {"بخش", "ویژه", "حل", "پخش"}

LETTERS = {
    "ا": "a", "آ": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "gh", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "و": "v", "ه": "h", "ی": "y", "ئ": "", "ء": "", "ؤ": "o", "أ": "a", "ة": "eh", "ۀ": "eh",
}
SUFFIXES = [("زاده", "zadeh"), ("نژاد", "nejad"), ("پور", "pour"), ("یان", "ian"), ("نیا", "nia"),
            ("راد", "rad"), ("لو", "lou"), ("الله", "ollah"), ("اله", "ollah"), ("ی", "i")]


def translit_word(w, participle=False):
    """Rule-made Latin for one Persian word: consonant skeleton with an 'a' between consonants,
    و/ی read as vowels between consonants, known suffixes spelled conventionally. Approximate:
    short vowels are not written in Persian. Mirrored by src/extract/translit.rs."""
    w = w.replace("\u200c", "")
    tail = ""
    for s, lat in SUFFIXES:
        if w.endswith(s) and len(w) > len(s) + 1:
            w, tail = w[: -len(s)], lat
            break
    out = []
    n = len(w)
    for i, c in enumerate(w):
        prev_cons = bool(out) and out[-1][1]
        if c in "اآ":
            out.append(("a", False))
        elif c == "و" and i > 0:
            out.append(("ou" if i + 1 < n else "o", False))
        elif c == "ی" and i > 0:
            out.append(("i" if i + 1 < n else "i", False))
        elif c == "ه" and i == n - 1 and i > 0:
            out.append(("eh", False))
        elif c == "ع":
            if i == 0:
                out.append(("a", False))
            continue
        else:
            lat = LETTERS.get(c)
            if lat is None:
                continue
            if prev_cons:
                # the CāCeC pattern of active participles: Kazem, Fazel, Naser
                # (the stem's last consonant after consonant + ā + consonant)
                # (an inserted vowel is marked None: only a written ا/آ counts)
                after_long_a = (len(out) >= 3 and out[-2][0] == "a" and out[-2][1] is False
                                and out[-3][1] is True)
                out.append(("e" if participle and after_long_a and i == n - 1 else "a", None))
            out.append((lat, True))
    s = "".join(x for x, _ in out) + tail
    s = s.replace("aa", "a")
    return s[:1].upper() + s[1:] if s else s


def translit(name, participle=False):
    """`participle`: read a CāCC stem as CāCeC (surnames: Kazemi, Fazeli); not for given names, which are
    often compounds (آقامعلی)."""
    return " ".join(translit_word(p, participle) for p in name.split())


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", l.strip()) for l in f if l.strip()]


def clean(n):
    n = n.replace("ي", "ی").replace("ك", "ک")
    return " ".join(n.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", default=DEFAULT_SRC)
    a = ap.parse_args()
    src = a.sources
    freq = {}
    with open(os.path.join(src, "hazm", "words.dat"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 2 and p[1].isdigit():
                k = clean(p[0])
                freq[k] = max(freq.get(k, 0), int(p[1]))   # a word may be listed twice
    # shekar's corpus counts: names are frequent too, but not as frequent as
    # the adjectives and nouns the name lists also hold (اسلامی، سلامت، آغاز)
    shekar = {}
    with open(os.path.join(src, "shekar", "vocab.csv"), encoding="utf-8") as f:
        for line in f:
            w_, _, c = line.rstrip("\n").rpartition(",")
            if c.isdigit():
                k = clean(w_)
                shekar[k] = max(shekar.get(k, 0), int(c))
    stop = {clean(w) for w in read_list(os.path.join(src, "hazm", "stopwords.dat"))} - NAME_STOPWORDS
    # titles.tsv (ours, hand-written): its one-word titles are no list-derived given names
    with open(os.path.join(LEX, "titles.tsv"), encoding="utf-8") as f:
        titles = {clean(line.split("\t")[0]) for line in list(f)[1:]}
    male = {clean(n) for n in read_list(os.path.join(src, "names", "male_names.txt"))}
    female = {clean(n) for n in read_list(os.path.join(src, "names", "female_names.txt"))}
    rows = {}

    def add(fa, latin, gender, approx):
        if fa not in rows and fa not in NOT_NAMES:
            rows[fa] = (latin, gender, approx)

    for fa, lat in KNOWN.items():
        add(fa, lat, "F" if fa in female and fa not in male else "M", 0)
    for fa, (lat, g) in COMMON_GIVEN.items():
        add(fa, lat, g, 0)
    for fa, lat in FOREIGN.items():
        add(fa, lat, "", 0)
    for names, g in ((male, "M"), (female, "F")):
        for n in sorted(names):
            parts = n.split(" ")
            if any(len(p) < 2 for p in parts) or len(parts) > 2:
                continue   # broken entries ("ا میر") and long phrases
            if n in stop or any(p in stop for p in parts):
                continue
            if n in titles:
                continue   # a title the lists also give as a name ("بخشدار", "دهیار") is a title
            if freq.get(n, 0) > NAME_MAX_FREQ or shekar.get(n, 0) >= SHEKAR_MAX:
                continue
            if len(parts) == 2 and not all(p in male or p in female or p in KNOWN or p in COMMON_GIVEN for p in parts):
                continue
            g2 = "" if (n in male and n in female) else g
            add(n, translit(n), g2, 1)
    # glued compounds that split into two known names also get the spaced form
    for n in list(rows):
        if " " in n:
            continue
        for k in range(2, len(n) - 1):
            a_, b_ = n[:k], n[k:]
            if a_ in KNOWN and (b_ in KNOWN):
                sp = a_ + " " + b_
                lat, g, ap_ = rows[n]
                add(sp, lat, g, ap_)
                break
    def weak(fa, ap_):
        if fa in FOREIGN_WORDS:
            return 1   # "جان": a name only before a listed surname or where a title anchors it
        if fa in COMMON_GIVEN and fa in AMBIGUOUS:
            return 1   # an everyday word first ("ستاره", "پیام"): a name only before a listed surname
        stem = fa[:-1]
        if ap_ and fa.endswith("ای") and (stem in rows or freq.get(stem, 0) >= WEAK_HAZM
                                          or shekar.get(stem, 0) >= WEAK_SHEKAR):
            return 1   # a word or name with its ezafe ("احیای", "ضیای"): a name only before a listed surname
        return int(bool(ap_) and (freq.get(fa, 0) >= WEAK_HAZM or shekar.get(fa, 0) >= WEAK_SHEKAR))

    def word(fa):
        if fa in AMBIGUOUS:
            return 1
        if fa in KNOWN or fa in FOREIGN or fa in COMMON_GIVEN:
            return 0   # checked by hand: a name first
        return int(freq.get(fa, 0) >= WORD_HAZM or shekar.get(fa, 0) >= WORD_SHEKAR)

    lines = sorted(f"{fa}\t{lat}\t{g}\t{ap_}\t{weak(fa, ap_)}\t{word(fa)}" for fa, (lat, g, ap_) in rows.items())
    write(os.path.join(LEX, "given_names.tsv"), "fa\tlatin\tgender\tapprox\tweak\tword", lines)

    last = sorted({clean(n) for n in read_list(os.path.join(src, "names", "last_names.txt"))
                   if " " not in clean(n) and len(clean(n)) >= 3 and clean(n) not in stop})

    def common_surname(n):
        return int(shekar.get(n, 0) >= SHEKAR_MAX or freq.get(n, 0) >= NAME_MAX_FREQ)

    write(os.path.join(LEX, "surnames.tsv"), "fa\tlatin\tcommon",
          [f"{n}\t{translit(n, participle=True)}\t{common_surname(n)}" for n in last])
    last = [n for n in last if not common_surname(n)]

    # a hand-added name that is this frequent as a word stays a common word too ("ستاره", "عمر", "جان")
    names = {n for n in rows if not ((n in COMMON_GIVEN and (freq.get(n, 0) > NAME_MAX_FREQ
                                                             or shekar.get(n, 0) >= SHEKAR_MAX))
                                     or n in FOREIGN_WORDS)}
    names |= set(last)
    common_freq = {}
    for w_, c in list(freq.items()) + [(w_, c // 10) for w_, c in shekar.items() if c >= COMMON_SHEKAR]:
        common_freq[w_] = max(common_freq.get(w_, 0), c)
    common = sorted(f"{w_}\t{c}" for w_, c in common_freq.items()
                    if c >= COMMON_MIN and w_ not in names and " " not in w_ and len(w_) >= 2)
    write(os.path.join(LEX, "common_words.tsv"), "fa\tfreq", common)
    write(os.path.join(LEX, "function_words.tsv"), "fa", sorted(stop))


def write(path, header, lines):
    lines = sorted(set(lines), key=lambda s: s.encode("utf-8"))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for l in lines:
            f.write(l + "\n")


if __name__ == "__main__":
    main()
