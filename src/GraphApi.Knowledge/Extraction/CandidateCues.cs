namespace GraphApi.Knowledge.Extraction;

/// <summary>
/// The cues that announce a name the corpus may not know, folded: honorifics and titles before a person's name,
/// organisation heads before their complement (المديرية العامة لـ…، وزارة الداخلية), place heads (مدينة، إقليم), and the
/// words that can never be part of a name (particles, pronouns, relatives, temporal adjectives).
/// </summary>
internal static class CandidateCues
{
    /// <summary>Honorifics directly before a name: السيد عبد اللطيف حموشي.</summary>
    public static readonly FoldedWords Honorifics = FoldedWords.Of(
        "السيد", "السيدة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "الشيخ", "المهندس", "الحاج", "الجنرال", "العقيد", "اللواء", "القاضي");

    /// <summary>Titles that take a complement before the name: وزير الداخلية عبد الوافي لفتيت، الأمين العام للأمم المتحدة، X.</summary>
    public static readonly FoldedWords Titles = FoldedWords.Of(
        "رئيس", "رئيسة", "الرئيس", "مدير", "مديرة", "المدير", "وزير", "وزيرة", "الوزير", "سفير", "سفيرة", "السفير", "الأمين", "وكيل",
        "الناطق", "ناطق", "عميد", "مستشار", "مستشارة", "قائد", "والي", "عامل", "نائب", "ممثل", "ممثلة", "المندوب", "مندوب", "الكاتب");

    /// <summary>Descriptions in apposition after a name (X، أستاذ القانون،): they show the name is a person's.</summary>
    public static readonly FoldedWords Appositions = FoldedWords.Of(
        "أستاذ", "الأستاذ", "خبير", "الخبير", "محلل", "المحلل", "باحث", "الباحث", "عضو", "مسؤول", "المسؤول", "ناشط", "الناشط",
        "صحفي", "الصحفي", "محام", "المحامي", "رئيس", "رئيسة", "مدير", "مديرة", "وزير", "وزيرة", "سفير", "سفيرة", "نائب", "عميد",
        "الأمين", "الناطق", "مستشار", "مستشارة", "director", "minister", "professor", "expert", "analyst", "spokesman", "head");

    /// <summary>Heads of organisation names; a definite head needs two complement words, a construct head one.</summary>
    public static readonly FoldedWords OrganisationHeads = FoldedWords.Of(
        "المديرية", "مديرية", "المكتب", "مكتب", "وزارة", "منظمة", "المنظمة", "مجلس", "المجلس", "الوكالة", "وكالة", "الهيئة", "هيئة",
        "المندوبية", "مندوبية", "المرصد", "مرصد", "اللجنة", "لجنة", "الجمعية", "جمعية", "المؤسسة", "مؤسسة", "المعهد", "معهد",
        "المركز", "مركز", "الرابطة", "رابطة", "الاتحاد", "اتحاد", "حزب", "الحزب", "جامعة", "الجامعة", "كلية", "الكلية", "محكمة",
        "المحكمة", "النيابة", "الإدارة", "إدارة", "المنتدى", "منتدى", "البنك", "بنك", "الصندوق", "صندوق", "المفوضية", "مفوضية",
        "القيادة", "قيادة", "الأكاديمية", "أكاديمية", "جماعة", "الفرقة", "فرقة");

    /// <summary>English organisation heads, followed by capitalised words (Ministry of the Interior).</summary>
    public static readonly FoldedWords EnglishOrganisationHeads = FoldedWords.Of(
        "ministry", "office", "council", "agency", "committee", "organisation", "organization", "directorate", "bureau", "court",
        "university", "party", "forum", "observatory", "institute", "centre", "center", "foundation", "league", "union", "bank",
        "fund", "commission", "department", "service");

    public static readonly FoldedWords PlaceHeads = FoldedWords.Of("مدينة", "بلدة", "قرية", "إقليم", "محافظة", "عمالة", "جزيرة");

    /// <summary>Every word that opens a cue, so that a word opening none is passed over at once.</summary>
    public static readonly FoldedWords Openers = new(
        Honorifics.Words.Concat(Titles.Words).Concat(OrganisationHeads.Words).Concat(EnglishOrganisationHeads.Words).Concat(PlaceHeads.Words));

    /// <summary>Words that end a name or a complement: particles, pronouns, relatives, and adjectives of time or relation.</summary>
    public static readonly FoldedWords Stops = FoldedWords.Of(
        "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "إن", "أنه", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "هذا", "هذه",
        "ذلك", "تلك", "كما", "أو", "ثم", "قد", "لقد", "كان", "كانت", "خلال", "بعد", "قبل", "حول", "ضد", "عند", "منذ", "حيث", "بين",
        "لدى", "ضمن", "عبر", "أمام", "دون", "غير", "كل", "بعض", "جميع", "أيضا", "لا", "لم", "لن", "ما", "هو", "هي", "هم", "نحو",
        "التابع", "التابعة", "المكلف", "المكلفة", "الجديد", "الجديدة", "السابق", "السابقة", "الحالي", "الحالية", "المقبل", "المقبلة",
        "الماضي", "الماضية", "الأخير", "الأخيرة", "اليوم", "أمس", "الأول", "الأولى", "ذات", "نفس", "عدة", "عدد", "إطار", "مجال",
        "رفقة", "برفقة", "جانب", "بحضور", "حضور", "بعد", "أثناء", "إثر", "عقب", "لدى", "وفق", "حسب",
        "the", "of", "and", "in", "on", "at", "for", "to", "by", "with", "from");

    /// <summary>First words of compound names (عبد الحق، أبو بكر) after which a definite word still belongs to the name.</summary>
    public static readonly FoldedWords NameJoiners = FoldedWords.Of("عبد", "أبو", "أبي", "ابن", "بن", "بنت", "آل");
}
