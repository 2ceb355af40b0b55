namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// The words reported speech is made of, folded: reporting verbs (past and present, masculine and feminine),
/// circumstantial participles that continue a speaker's words (مشيرا، مبرزا، قائلا), attribution prepositions (بحسب،
/// وفق، نقلا عن), complementizers (أن، إن، بأن) and the heads of subjects that are not names: titles, anonymous
/// sources, reports, the press, and descriptions that point back to the last speaker (الخبير، ذات المتحدث).
/// </summary>
internal static class SpeechLexicon
{
    public static readonly FoldedWords Verbs = FoldedWords.Of(
        "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أوضح", "أوضحت", "يوضح", "توضح",
        "أشار", "أشارت", "يشير", "تشير", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "صرح", "صرحت", "يصرح", "تصرح",
        "أعلن", "أعلنت", "يعلن", "تعلن", "شدد", "شددت", "يشدد", "تشدد", "أضاف", "أضافت", "يضيف", "تضيف",
        "أشاد", "أشادت", "يشيد", "تشيد", "وصف", "وصفت", "يصف", "تصف", "أبرز", "أبرزت", "يبرز", "تبرز",
        "لفت", "لفتت", "يلفت", "تلفت", "ذكر", "ذكرت", "يذكر", "تذكر", "أفاد", "أفادت", "يفيد", "تفيد",
        "كشف", "كشفت", "يكشف", "تكشف", "نبه", "نبهت", "ينبه", "تنبه", "دعا", "دعت", "يدعو", "تدعو",
        "حذر", "حذرت", "يحذر", "تحذر", "ختم", "ختمت", "اختتم", "اختتمت", "أعرب", "أعربت", "يعرب", "تعرب",
        "رأى", "رأت", "يرى", "ترى", "نفى", "نفت", "ينفي", "تنفي", "أقر", "أقرت", "يقر", "تقر",
        "said", "says", "stated", "added", "stressed", "noted", "declared", "announced", "explained", "warned", "told");

    public static readonly FoldedWords Participles = FoldedWords.Of(
        "قائلا", "قائلة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "مشيرا", "مشيرة", "معتبرا", "معتبرة", "مضيفا", "مضيفة",
        "مشددا", "مشددة", "مبرزا", "مبرزة", "واصفا", "واصفة", "لافتا", "لافتة", "كاشفا", "كاشفة", "محذرا", "محذرة",
        "داعيا", "داعية", "منبها", "منبهة", "معربا", "معربة", "saying", "adding", "stressing", "noting");

    /// <summary>بحسب X، وفق X، نقلا عن X: the words after the comma are X's.</summary>
    public static readonly FoldedWords AttributionPrepositions = FoldedWords.Of("حسب", "بحسب", "وفق", "وفقا", "طبقا", "نقلا", "according");

    /// <summary>أن، إن … alone or after و، ف (read bare) or ب (بأن); لأن (because) is not one.</summary>
    public static readonly FoldedWords Complementizers = FoldedWords.Of(
        "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "أنهما", "بأن", "بأنه", "بأنها", "بأنهم", "that");

    /// <summary>Words that may stand between a verb and its subject or complementizer (أكد على ذلك، قال أيضا).</summary>
    public static readonly FoldedWords Adverbs = FoldedWords.Of(
        "على", "ذلك", "عليه", "مؤخرا", "أيضا", "بدوره", "بدورها", "كذلك", "أمس", "اليوم", "إلى", "also", "recently");

    /// <summary>Circumstantial phrases whose entities are not the speaker: في تصريح لـ X، في حديث لـ X، ضمن تقريرها.</summary>
    public static readonly FoldedWords Circumstances = FoldedWords.Of(
        "تصريح", "تصريحات", "حديث", "حوار", "مقابلة", "بيان", "كلمة", "ندوة", "لقاء", "رسالة", "تقرير", "تقريرها", "تقريره",
        "التصريح", "الحديث", "الحوار", "المقابلة", "interview", "statement");

    public static readonly FoldedWords CircumstanceLeads = FoldedWords.Of("في", "ضمن", "خلال", "عبر", "in", "during");

    /// <summary>Unnamed sources: مصدر بالمديرية (an anonymous source in the DGST).</summary>
    public static readonly FoldedWords AnonymousHeads = FoldedWords.Of("مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "مسئول", "مسئولون", "مسئولين", "sources", "source", "official", "officials");

    /// <summary>Titles that head a subject: وزير الداخلية X، الأمين العام المساعد ...، X.</summary>
    public static readonly FoldedWords Titles = FoldedWords.Of(
        "رئيس", "رئيسة", "مدير", "مديرة", "وزير", "وزيرة", "الأمين", "أمين", "سفير", "سفيرة", "ممثل", "ممثلة", "قائد",
        "الناطق", "ناطق", "عميد", "وكيل", "نائب", "مستشار", "مستشارة", "المدير", "الرئيس", "الوزير", "السفير",
        "minister", "director", "ambassador", "president", "head", "secretary", "spokesman", "spokeswoman");

    /// <summary>Reports whose author may follow (التقرير الذي أعده X، تقرير X).</summary>
    public static readonly FoldedWords Documents = FoldedWords.Of("تقرير", "التقرير", "دراسة", "الدراسة", "بيان", "البيان", "بلاغ", "البلاغ", "report");

    /// <summary>The press and unnamed reports: what they say is relayed, not a named speaker's.</summary>
    public static readonly FoldedWords Press = FoldedWords.Of(
        "الصحف", "صحف", "الصحافة", "وسائل", "التقارير", "تقارير", "الجرائد", "المواقع", "وكالات", "الأنباء", "media", "reports", "press", "newspapers");

    /// <summary>Descriptions that point back to the last named person: وأوضح الخبير، وأكد المحلل السياسي.</summary>
    public static readonly FoldedWords PersonDescriptions = FoldedWords.Of(
        "المتحدث", "الخبير", "المحلل", "الأكاديمي", "الباحث", "الأستاذ", "السفير", "الوزير", "المسؤول", "المسئول",
        "الدبلوماسي", "الرئيس", "المدير", "المصدر", "expert", "analyst", "ambassador", "minister");

    /// <summary>ذات المتحدث، المتحدث ذاته، نفس المصدر: explicitly the same speaker.</summary>
    public static readonly FoldedWords Same = FoldedWords.Of("ذات", "نفس", "ذاته", "نفسه", "ذاتها", "نفسها", "same");

    /// <summary>Words that introduce the author of a report: التقرير الذي أعده X، الصادر عن X.</summary>
    public static readonly FoldedWords Authorship = FoldedWords.Of("أعده", "أعدته", "أصدره", "أصدرته", "الصادر", "الصادرة", "by");
}
