//! Unit tests of the claims extractor: cues and their exclusions, clause
//! bounds, and speakers from hand-built officials findings.

use super::*;
use crate::document::{Mention, MentionKind, Name, Official, Person, Role};
use crate::extract::{ArticleMeta, Attribution};
use crate::lexicon::Lexicons;
use crate::text::normalize::testutil::normalizer;
use crate::text::tokenize::tokenize;

/// Run the claims extractor on `text` with `found` as the officials
/// extractor left it; returns the findings and the normalized text.
fn run_with(text: &str, mut found: Findings) -> (Findings, String) {
    let lex = Lexicons::embedded().unwrap();
    let aligned = normalizer().normalize(text).text;
    let tokens = tokenize(aligned.text());
    let meta = ArticleMeta::default();
    let cx = Context::new(&aligned, &tokens, &lex, &meta);
    ClaimsExtractor.extract(&cx, &mut found);
    (found, aligned.text().to_string())
}

fn run(text: &str) -> Vec<Claim> {
    run_with(text, Findings::default()).0.claims
}

/// Without ZWNJ and spaces: expectations hold whatever ZWNJ repair does.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{200c}')
        .collect()
}

/// (cue, modality, negated, claim text) of every claim, folded.
fn summary(claims: &[Claim]) -> Vec<(String, Modality, bool, String)> {
    claims
        .iter()
        .map(|c| (fold(&c.cue.fa), c.modality, c.negated, fold(&c.text)))
        .collect()
}

#[test]
fn excluded_uses_are_not_claims() {
    // (why, text): none of these may yield a policy claim
    let cases = [
        (
            "epistemic باید گفت",
            "باید گفت که اقتصاد کشور در سال گذشته رشد کرد.",
        ),
        ("epistemic باید دید", "باید دید دولت جدید چه تصمیمی می‌گیرد."),
        ("the word itself", "در آن جلسه از کلمه باید استفاده شد."),
        ("epistemic باید پرسید", "باید پرسید چرا این طرح اجرا نشد."),
        (
            "epistemic باید دانست",
            "باید دانست که این طرح در سال ۱۳۹۰ تصویب شد.",
        ),
        (
            "discourse باید توجه داشت",
            "باید توجه داشت که قیمت‌ها افزایش یافته است.",
        ),
        ("epistemic باید بگویم", "باید بگویم که نتایج خوب بود."),
        ("adjectival لازم", "اقدامات لازم برای برگزاری انتخابات انجام شد."),
        ("adjectival لازم", "تدابیر لازم اندیشیده شده و مردم نگران نباشند."),
        ("adjectival لازم with را", "مسئولان تمهیدات لازم را فراهم کردند."),
        (
            "لازم به ذکر است",
            "لازم به ذکر است که این جلسه هفته گذشته برگزار شد.",
        ),
        (
            "در صورت نیاز",
            "در صورت نیاز به اطلاعات بیشتر با این شماره تماس بگیرید.",
        ),
        ("مورد نیاز", "تجهیزات مورد نیاز بیمارستان خریداری شد."),
        ("مورد نیازی", "نظارت بر اقلام مورد نیازی است که قیمت آن کشوری است."),
        ("ability", "آنها نمی‌توانند در جلسه شرکت کنند."),
        (
            "presupposed لزوم",
            "با توجه به لزوم حفظ محیط زیست، این طرح متوقف شد.",
        ),
        (
            "presupposed ضرورت",
            "با توجه به ضرورت صرفه‌جویی، ساعت کار کاهش یافت.",
        ),
        ("plain noun نیاز", "نیاز کشور به واردات گندم کاهش یافته است."),
        (
            "noun لزوم, not asserted",
            "لزوم این کار روشن نیست و بررسی ادامه دارد.",
        ),
        ("غیر ضروری", "سفرهای غیر ضروری کاهش یافت."),
        ("بایدها", "بایدها و نبایدهای این طرح اعلام شد."),
        ("permission, not prohibition", "استفاده از این وسایل مجاز است."),
        ("manner آنطور که باید", "متاسفانه آنطور که باید بازی نکردیم."),
        ("discourse باید عرض کنم", "در ابتدا باید عرض کنم که داور خوب بود."),
        ("presupposed نیاز", "با توجه به نیاز بازار، تولید افزایش یافت."),
        ("نیاز as an object", "این شرکت نیاز بازار را تأمین کرد."),
    ];
    for (why, text) in cases {
        if text.is_empty() {
            continue;
        }
        let got = run(text);
        let gold: Vec<_> = got
            .iter()
            .filter(|c| !matches!(c.modality, Modality::Recommendation | Modality::Demand))
            .collect();
        assert!(gold.is_empty(), "{why}: {text:?} gave {:?}", summary(&got));
    }
}

/// (cue, modality, negated, claim text)
type Expect = (&'static str, Modality, bool, &'static str);

#[test]
fn cues_and_clauses() {
    use Modality::*;
    // (text, [(cue, modality, negated, claim text)])
    let cases: &[(&str, &[Expect])] = &[
        (
            "وی گفت: باید زیرساخت‌های شهرک‌ها اصلاح شود.",
            &[("باید", Obligation, false, "باید زیرساخت‌های شهرک‌ها اصلاح شود")],
        ),
        (
            "مردم نباید نگران باشند.",
            &[("نباید", Prohibition, true, "مردم نباید نگران باشند")],
        ),
        (
            "ما باید گفت‌وگو کنیم.",
            &[("باید", Obligation, false, "ما باید گفت‌وگو کنیم")],
        ),
        (
            "لازم نیست مردم نگران باشند.",
            &[("لازم نیست", Necessity, true, "لازم نیست مردم نگران باشند")],
        ),
        (
            "حضور همه مردم لازم و ضروری است.",
            &[("لازم و ضروری است", Necessity, false, "حضور همه مردم لازم و ضروری است")],
        ),
        (
            "برای بخش تولید نیاز به سیاست‌های تشویقی داریم اما قوانین ما تنبیهی است.",
            &[("نیاز داریم", Need, false, "برای بخش تولید نیاز به سیاست‌های تشویقی داریم")],
        ),
        (
            "ما نیازی به گاز ترکمنستان نداشتیم و این یک تهاتر بود.",
            &[("نیازی نداشتیم", Need, true, "ما نیازی به گاز ترکمنستان نداشتیم")],
        ),
        (
            "نیازی به نگرانی نیست.",
            &[("نیازی نیست", Need, true, "نیازی به نگرانی نیست")],
        ),
        (
            "این بخش نیازمند حمایت بیشتر دولت است.",
            &[("نیازمند است", Need, false, "این بخش نیازمند حمایت بیشتر دولت است")],
        ),
        (
            "دولت موظف است گزارش را منتشر کند.",
            &[("موظف است", Obligation, false, "دولت موظف است گزارش را منتشر کند")],
        ),
        (
            "لازم است که دولت مالیات را کاهش دهد.",
            &[("لازم است", Necessity, false, "لازم است که دولت مالیات را کاهش دهد")],
        ),
        (
            "این کار مستلزم همکاری همه دستگاه‌ها است.",
            &[("مستلزم است", Necessity, false, "این کار مستلزم همکاری همه دستگاه‌ها است")],
        ),
        (
            "شرکت‌ها ملزم به ارائه گزارش هستند.",
            &[("ملزم هستند", Obligation, false, "شرکت‌ها ملزم به ارائه گزارش هستند")],
        ),
        (
            "کارکنان مجاز نیستند اطلاعات را منتشر کنند.",
            &[("مجاز نیستند", Prohibition, true, "کارکنان مجاز نیستند اطلاعات را منتشر کنند")],
        ),
        // an adjectival نیازمند, then a cue of its own
        (
            "کمیته امداد اقداماتی برای مددجویان نیازمند برداشته و ضروری است که سایر دستگاه‌ها یاری کنند.",
            &[(
                "ضروری است",
                Necessity,
                false,
                "ضروری است که سایر دستگاه‌ها یاری کنند",
            )],
        ),
        (
            "ورود به منطقه ممنوع است.",
            &[("ممنوع است", Prohibition, false, "ورود به منطقه ممنوع است")],
        ),
        (
            "هیچ‌کس حق ندارد قانون را نادیده بگیرد.",
            &[("حق ندارد", Prohibition, true, "هیچ‌کس حق ندارد قانون را نادیده بگیرد")],
        ),
        (
            "این شرایط همت مضاعف می‌طلبد.",
            &[("می‌طلبد", Necessity, false, "این شرایط همت مضاعف می‌طلبد")],
        ),
        (
            "سفارت ما موظف به بررسی این امر است.",
            &[("موظف است", Obligation, false, "سفارت ما موظف به بررسی این امر است")],
        ),
        (
            "این جامعه به اندیشه‌های مولانا نیازمند است.",
            &[("نیازمند است", Need, false, "این جامعه به اندیشه‌های مولانا نیازمند است")],
        ),
        (
            "عبور خودروها در این شهر ممنوع اعلام شد.",
            &[("ممنوع اعلام", Prohibition, false, "عبور خودروها در این شهر ممنوع اعلام شد")],
        ),
        (
            "حضور دپوی اقلام امدادی در هر شهرستان ضروری به نظر می‌رسد.",
            &[(
                "ضروری به نظر می‌رسد",
                Necessity,
                false,
                "حضور دپوی اقلام امدادی در هر شهرستان ضروری به نظر می‌رسد",
            )],
        ),
        // two cues joined by و: two claims
        (
            "باید بنگاه‌ها در کنار ما قرار بگیرند و ارتباط آنها باید شکل بگیرد.",
            &[
                ("باید", Obligation, false, "باید بنگاه‌ها در کنار ما قرار بگیرند"),
                ("باید", Obligation, false, "ارتباط آنها باید شکل بگیرد"),
            ],
        ),
        // a pronoun object after و is no new subject
        (
            "باید به دنبال این صنایع رفت و آنها را ساماندهی کرد.",
            &[(
                "باید",
                Obligation,
                false,
                "باید به دنبال این صنایع رفت و آنها را ساماندهی کرد",
            )],
        ),
        // one cue governing coordinated verbs: one claim
        (
            "لازم است شهرک‌ها را ایجاد کنیم و واحدها را در آنجا مستقر کنیم.",
            &[(
                "لازم است",
                Necessity,
                false,
                "لازم است شهرک‌ها را ایجاد کنیم و واحدها را در آنجا مستقر کنیم",
            )],
        ),
        // a relative clause keeps its head clause; the complementizer after a speech verb bounds it
        (
            "۸۱ هزار واحد جزو صنایع کوچک به حساب می‌آیند که باید تحت مدیریت قرار بگیرند.",
            &[(
                "باید",
                Obligation,
                false,
                "۸۱ هزار واحد جزو صنایع کوچک به حساب می‌آیند که باید تحت مدیریت قرار بگیرند",
            )],
        ),
        (
            "وزیر تأکید کرد که دولت باید مالیات را کاهش دهد.",
            &[("باید", Obligation, false, "دولت باید مالیات را کاهش دهد")],
        ),
        // a condition before the cue is part of it; the speech verb after it is not
        (
            "نجفی با بیان اینکه اگر نمایشگاهی دایر شود، باید تولیدکنندگان حضور داشته باشند، گفت: کار ادامه دارد.",
            &[(
                "باید",
                Obligation,
                false,
                "اگر نمایشگاهی دایر شود، باید تولیدکنندگان حضور داشته باشند",
            )],
        ),
        (
            "مسئولانی که طرح‌هایی برای کاهش آلودگی دارند، باید آن‌ها را اجرا کنند.",
            &[(
                "باید",
                Obligation,
                false,
                "مسئولانی که طرح‌هایی برای کاهش آلودگی دارند، باید آن‌ها را اجرا کنند",
            )],
        ),
        (
            "وقتی که قیمت‌ها بالا رفت، مردم باید صرفه‌جویی کنند.",
            &[("باید", Obligation, false, "وقتی که قیمت‌ها بالا رفت، مردم باید صرفه‌جویی کنند")],
        ),
        // asserted noun cues
        (
            "وی با تأکید بر لزوم استاندارد کردن خودروها، گفت: کار ادامه دارد.",
            &[("لزوم", Necessity, false, "با تأکید بر لزوم استاندارد کردن خودروها")],
        ),
        (
            "دو طرف بر ضرورت افزایش همکاری‌های اقتصادی تأکید کردند.",
            &[("ضرورت", Necessity, false, "دو طرف بر ضرورت افزایش همکاری‌های اقتصادی")],
        ),
        // demands are reported with their own modality
        (
            "نمایندگان خواستار استعفای وزیر شدند.",
            &[("خواستار شدند", Demand, false, "نمایندگان خواستار استعفای وزیر شدند")],
        ),
    ];
    for (text, want) in cases {
        let got = summary(&run(text));
        let want: Vec<_> = want
            .iter()
            .map(|(c, m, n, t)| (fold(c), *m, *n, fold(t)))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn spaced_mi_before_bayest_is_part_of_the_cue() {
    // "نمی بایست" written with a space (whether or not ZWNJ repair joins it)
    let got = run("مدیران نمی بایست این تصمیم را می‌گرفتند. دولت می بایستی پاسخ دهد.");
    let got: Vec<_> = got
        .iter()
        .map(|c| (fold(&c.cue.fa), c.modality, c.negated))
        .collect();
    assert_eq!(
        got,
        vec![
            ("نمیبایست".to_string(), Modality::Prohibition, true),
            ("میبایستی".to_string(), Modality::Obligation, false),
        ]
    );
}

#[test]
fn claim_spans_slice_the_normalized_text() {
    let (f, text) = run_with(
        "نجفی گفت: باید زیرساخت‌ها اصلاح شود و لازم است این مساله حل شود.",
        Findings::default(),
    );
    assert_eq!(f.claims.len(), 2);
    for c in &f.claims {
        assert_eq!(&text[c.span.range()], c.text);
    }
}

/// A person with name/pronoun/role mentions at the given strings of `text`
/// (each string's n-th occurrence, n from 0), optionally an official.
fn person(
    text: &str,
    id: &str,
    name: &str,
    mentions: &[(&str, usize, MentionKind)],
    role: bool,
) -> (Person, Option<Official>) {
    let ms: Vec<Mention> = mentions
        .iter()
        .map(|&(s, nth, kind)| {
            let start = text
                .match_indices(s)
                .nth(nth)
                .unwrap_or_else(|| panic!("{s:?} #{nth} in text"))
                .0;
            Mention {
                span: Span::new(start, start + s.len()),
                text: s.to_string(),
                kind,
            }
        })
        .collect();
    let n = Name {
        fa: name.to_string(),
        latin: None,
        latin_approx: false,
    };
    let p = Person {
        id: id.to_string(),
        name: n.clone(),
        mentions: ms.clone(),
    };
    let o = role.then(|| Official {
        id: id.to_string(),
        name: n,
        roles: vec![Role {
            title: Gloss::new("رئیس", Some("head")),
            organization: None,
            modifier: None,
        }],
        mentions: ms,
    });
    (p, o)
}

fn findings(ps: Vec<(Person, Option<Official>)>) -> Findings {
    let mut f = Findings::default();
    for (p, o) in ps {
        f.people.push(p);
        f.officials.extend(o);
    }
    f
}

/// The normalized form of a test text: mentions are placed in it.
fn norm(text: &str) -> String {
    normalizer().normalize_str(text)
}

fn speakers_of(text: &str, f: Findings) -> Vec<(String, Option<String>)> {
    let (out, _) = run_with(text, f);
    out.claims.into_iter().map(|c| (c.text, c.speaker)).collect()
}

#[test]
fn speakers_from_mentions() {
    use MentionKind::*;
    // the normalized text equals the input here (clean, standard ZWNJ)
    let text = "صادق نجفی در دیدار با علی فاضلی، رئیس اتاق اصناف با بیان این مطلب افزود: باید تمرکز بیشتری بر این واحدها داشته باشیم. \
                مدیرعامل سازمان افزود: تاکنون توجهی نشده است. \
                نجفی با بیان اینکه باید زیرساخت‌ها اصلاح شود، گفت: باید بنگاه‌ها در کنار ما قرار بگیرند. \
                وی افزود: لازم است این مساله اصلاح شود. \
                در ادامه «علی فاضلی» رئیس اتاق اصناف گفت: ۸۴ هزار بنگاه داریم که باید تحت مدیریت قرار بگیرند. \
                برای بخش تولید نیاز به سیاست‌های تشویقی داریم. \
                به گزارش خبرنگار ما، مسئولان باید پاسخگو باشند.";
    let text = &norm(text);
    let f = findings(vec![
        person(
            text,
            "p1",
            "صادق نجفی",
            &[
                ("صادق نجفی", 0, Name),
                ("مدیرعامل سازمان", 0, Role),
                ("نجفی", 1, Name),
                ("وی", 0, Pronoun),
            ],
            true,
        ),
        person(
            text,
            "p2",
            "علی فاضلی",
            &[
                ("علی فاضلی", 0, Name),
                ("رئیس اتاق اصناف", 0, Role),
                ("علی فاضلی", 1, Name),
                ("رئیس اتاق اصناف", 1, Role),
            ],
            true,
        ),
    ]);
    let got = speakers_of(text, f);
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("p1"), // "صادق نجفی … افزود: باید …" (not Fazeli, who is after "با")
            Some("p1"), // before the verb: "نجفی با بیان اینکه باید …، گفت"
            Some("p1"), // after "گفت:"
            Some("p1"), // "وی افزود:"
            Some("p2"), // "«علی فاضلی» … گفت:"
            Some("p2"), // the next sentence continues Fazeli's quote
            None,       // the journalist
        ],
        "{got:?}"
    );
}

#[test]
fn speakers_need_a_role_and_pronouns_fall_back_to_the_last_speaker() {
    use MentionKind::*;
    let text = "علی رضایی گفت: باید مالیات کاهش یابد. وی افزود: نباید تعرفه‌ها افزایش یابد. \
                حسن کریمی معاون وزیر گفت: باید صادرات افزایش یابد. وی گفت باید واردات کم شود.";
    let text = &norm(text);
    // رضایی has no role: not an official, so his claims have no speaker;
    // کریمی's "وی" has no mention: it falls back to the last speaker
    let f = findings(vec![
        person(text, "p1", "علی رضایی", &[("علی رضایی", 0, Name)], false),
        person(text, "p2", "حسن کریمی", &[("حسن کریمی", 0, Name)], true),
    ]);
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    assert_eq!(who, vec![None, None, Some("p2".into()), Some("p2".into())]);
}

#[test]
fn the_journalists_voice_ends_a_quotation() {
    use MentionKind::*;
    let text = "علی فاضلی گفت: باید مالیات کاهش یابد. همچنین لازم است تعرفه‌ها حذف شود. \
                این در حالی است که دولت باید کسری بودجه را جبران کند. \
                فاضلی افزود: باید صادرات افزایش یابد. \
                گفتنی است مجلس باید این لایحه را بررسی کند. \
                این مقام مسئول گفت باید واردات کم شود.";
    let text = &norm(text);
    let f = findings(vec![person(
        text,
        "p1",
        "علی فاضلی",
        &[("علی فاضلی", 0, Name), ("فاضلی", 1, Name)],
        true,
    )]);
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    let p1 = Some("p1".to_string());
    assert_eq!(who, vec![p1.clone(), p1.clone(), None, p1.clone(), None, p1]);
}

#[test]
fn dropped_subjects_continue_and_unnamed_ones_are_unresolved() {
    use MentionKind::*;
    let text = "علی فاضلی گفت: باید مالیات کاهش یابد. در ادامه افزود: باید صادرات زیاد شود. \
                وزیر نیرو گفت: باید آب صرفه‌جویی شود.";
    let text = &norm(text);
    let f = findings(vec![person(
        text,
        "p1",
        "علی فاضلی",
        &[("علی فاضلی", 0, Name)],
        true,
    )]);
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    let p1 = Some("p1".to_string());
    assert_eq!(who, vec![p1.clone(), p1, None]);
}

#[test]
fn role_only_subjects_resolve_through_the_officials_roles() {
    use MentionKind::*;
    let text = "صادق نجفی در دیدار با علی فاضلی گفت: باید صنایع تقویت شوند. \
                مدیرعامل سازمان صنایع کوچک افزود: لازم است این مساله اصلاح شود. \
                رئیس اتاق اصناف گفت: باید واحدها ساماندهی شوند. \
                رئیس سازمان صنایع کوچک افزود: باید نمایشگاه برگزار شود. \
                رئیس گفت: باید کار ادامه یابد.";
    let text = &norm(text);
    let mut f = findings(vec![
        person(text, "p1", "صادق نجفی", &[("صادق نجفی", 0, Name)], true),
        person(text, "p2", "علی فاضلی", &[("علی فاضلی", 0, Name)], true),
    ]);
    let role = |t: &str, o: &str| crate::document::Role {
        title: Gloss::new(t, None::<String>),
        organization: Some(Gloss::new(o, None::<String>)),
        modifier: None,
    };
    f.officials[0].roles = vec![
        role("مدیرعامل", "سازمان صنایع کوچک"),
        role("رئیس", "سازمان صنایع کوچک"),
    ];
    f.officials[1].roles = vec![role("رئیس", "اتاق اصناف")];
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    let (p1, p2) = (Some("p1".to_string()), Some("p2".to_string()));
    // Fazeli is named after "با": not the subject; the organisation tells the
    // two رئیس apart; a bare "رئیس" goes to the last speaker among them
    assert_eq!(who, vec![p1.clone(), p1.clone(), p2, p1.clone(), p1]);
}

#[test]
fn a_subject_inside_an_asserted_claim() {
    use MentionKind::*;
    let text = "زین‌العابدین قربانی گفت: مردم در انتخابات شرکت می‌کنند. \
                نماینده ولی فقیه در استان گیلان بر ضرورت حضور حداکثری مردم تأکید کرد. \
                حضور مردم باید گسترده باشد، وی افزود.";
    let text = &norm(text);
    let mut f = findings(vec![person(
        text,
        "p1",
        "زین‌العابدین قربانی",
        &[("زین‌العابدین قربانی", 0, Name)],
        true,
    )]);
    f.officials[0].roles = vec![crate::document::Role {
        title: Gloss::new("نماینده", None::<String>),
        organization: Some(Gloss::new("ولی فقیه در استان گیلان", None::<String>)),
        modifier: None,
    }];
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    assert_eq!(who, vec![Some("p1".to_string()), Some("p1".to_string())]);
}

#[test]
fn an_ellipsis_does_not_hide_the_subject() {
    use MentionKind::*;
    let text = "طلوعی با تأکید بر جلوگیری از ورود فالگیر و .... به منزل گفت: شهروندان نباید کلید را به افراد ناشناس بدهند.";
    let text = &norm(text);
    let f = findings(vec![person(
        text,
        "p1",
        "مصطفی طلوعی",
        &[("طلوعی", 0, Name)],
        true,
    )]);
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    assert_eq!(who, vec![Some("p1".to_string())]);
}

#[test]
fn a_surname_left_apart_is_still_the_official() {
    use MentionKind::*;
    let text = "محمدعلی موسوی‌مبارکه گفت: باید یارانه پرداخت شود. موسوی افزود: نباید تولید کاهش یابد.";
    let text = &norm(text);
    let f = findings(vec![
        person(
            text,
            "p1",
            "محمدعلی موسوی‌مبارکه",
            &[("محمدعلی موسوی‌مبارکه", 0, Name)],
            true,
        ),
        // the people extractor did not link the surname
        person(text, "p2", "موسوی", &[("موسوی", 1, Name)], false),
    ]);
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    assert_eq!(who, vec![Some("p1".to_string()), Some("p1".to_string())]);
}

#[test]
fn indirect_speech_ends_with_its_sentence() {
    use MentionKind::*;
    let text = "الهاشمی اعلام کرد قانون را وتو خواهد کرد. \
                بر اساس قانون اساسی، قانون انتخابات باید دوباره امضا شود. \
                الهاشمی گفت: باید گروه‌ها توافق کنند. همچنین لازم است مجلس تصمیم بگیرد.";
    let text = &norm(text);
    let f = findings(vec![person(
        text,
        "p1",
        "طارق الهاشمی",
        &[("الهاشمی", 0, Name), ("الهاشمی", 1, Name)],
        true,
    )]);
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    let p1 = Some("p1".to_string());
    assert_eq!(who, vec![None, p1.clone(), p1]);
}

#[test]
fn attributions_take_precedence() {
    use MentionKind::*;
    let text = "کارشناسان می‌گویند باید قیمت‌ها آزاد شود. سخنگوی دولت گفت: باید یارانه‌ها حفظ شود.";
    let text = &norm(text);
    let mut f = findings(vec![
        person(text, "p1", "علی ربیعی", &[("سخنگوی دولت", 0, Role)], true),
        person(text, "p2", "محمد باقری", &[], true),
    ]);
    // the officials extractor says p2 said the first sentence
    let end = text.find('.').unwrap();
    f.attributions.push(Attribution {
        span: Span::new(0, end),
        person: "p2".into(),
    });
    let who: Vec<Option<String>> = speakers_of(text, f).into_iter().map(|(_, s)| s).collect();
    assert_eq!(who, vec![Some("p2".into()), Some("p1".into())]);
}

#[test]
fn figures_in_a_speakers_clause_get_the_speaker() {
    use crate::document::{Figure, FigureKind, Value};
    use MentionKind::*;
    let text =
        "به گزارش فارس، ۳۰ واحد تعطیل شد. رئیس اتاق گفت: ۸۱ هزار واحد داریم که باید تحت مدیریت قرار بگیرند.";
    let text = &norm(text);
    let mut f = findings(vec![person(
        text,
        "p1",
        "علی فاضلی",
        &[("رئیس اتاق", 0, Role)],
        true,
    )]);
    for s in ["۳۰ واحد", "۸۱ هزار واحد"] {
        let start = text.find(s).unwrap();
        f.figures.push(Figure {
            text: s.into(),
            value: Value::int(0),
            value_max: None,
            kind: FigureKind::Count,
            unit: None,
            counted: None,
            approx: None,
            currency: None,
            speaker: None,
            span: Span::new(start, start + s.len()),
            repeats: Vec::new(),
        });
    }
    let (out, _) = run_with(text, f);
    let who: Vec<Option<&str>> = out.figures.iter().map(|f| f.speaker.as_deref()).collect();
    assert_eq!(who, vec![None, Some("p1")]);
}

/// An evaluation, not a test: runs the claims extractor on gold articles
/// (GOLD.md format, with texts) with the gold officials as findings: a name
/// mention at every occurrence of each official's full name and surname (no
/// pronoun or role mentions: what the officials extractor adds on top).
/// Writes system JSONL for `score_entities.py`. Usage:
/// `KHABAR_GOLD=/tmp/fars30.gold.jsonl KHABAR_OUT=/tmp/out.jsonl cargo test --lib eval_with_gold_officials -- --ignored`
#[test]
#[ignore = "evaluation: needs KHABAR_GOLD and KHABAR_OUT"]
fn eval_with_gold_officials() {
    use std::io::Write;
    let (Ok(gold), Ok(out)) = (std::env::var("KHABAR_GOLD"), std::env::var("KHABAR_OUT")) else {
        return;
    };
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    for line in std::fs::read_to_string(gold).unwrap().lines() {
        let g: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = normalizer().normalize_str(g["text"].as_str().unwrap());
        let mut f = Findings::default();
        for (k, o) in g["officials"].as_array().unwrap().iter().enumerate() {
            let name = normalizer().normalize_str(o["person"].as_str().unwrap());
            let surname = name.rsplit(' ').next().unwrap_or(&name).to_string();
            let mut ms: Vec<(&str, usize, MentionKind)> = Vec::new();
            let mut taken: Vec<Span> = Vec::new();
            for s in [name.as_str(), surname.as_str()] {
                for (i, (at, _)) in text.match_indices(s).enumerate() {
                    let sp = Span::new(at, at + s.len());
                    if !taken.iter().any(|t| t.overlaps(sp)) {
                        taken.push(sp);
                        ms.push((s, i, MentionKind::Name));
                    }
                }
            }
            let (p, of) = person(&text, &format!("p{}", k + 1), &name, &ms, true);
            f.people.push(p);
            f.officials.extend(of.map(|mut of| {
                of.roles = o["roles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| Role {
                        title: Gloss::new(
                            normalizer().normalize_str(r["title"].as_str().unwrap_or("")),
                            None::<String>,
                        ),
                        organization: r["org"]
                            .as_str()
                            .map(|o| Gloss::new(normalizer().normalize_str(o), None::<String>)),
                        modifier: None,
                    })
                    .collect();
                of
            }));
        }
        let (found, _) = run_with(&text, f);
        let doc = serde_json::json!({
            "id": g["id"],
            "officials": found.officials.iter().map(|o| serde_json::json!({"id": o.id, "name": {"fa": o.name.fa}, "roles": []})).collect::<Vec<_>>(),
            "claims": found.claims,
        });
        writeln!(w, "{doc}").unwrap();
    }
}
