using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Linking;

/// <summary>A small hand-made knowledge base covering the linking rules.</summary>
internal static class LinkingCorpus
{
    public static IReadOnlyList<Entity> Entities { get; } =
    [
        new() { Id = "institution/bcij", Kind = EntityKind.Institution, Name = "Central Bureau of Judicial Investigations", NameAr = "المكتب المركزي للأبحاث القضائية", Aliases = ["المكتب المركزي المغربي للتحقيقات القضائية", "BCIJ"] },
        new() { Id = "person/habboub", Kind = EntityKind.Person, Name = "Cherkaoui Habboub", NameAr = "الشرقاوي حبوب", Aliases = ["حبوب", "Habboub"] },
        new() { Id = "place/morocco", Kind = EntityKind.Place, Name = "Morocco", NameAr = "المغرب", Aliases = [] },
        new() { Id = "place/rabat", Kind = EntityKind.Place, Name = "Rabat", NameAr = "الرباط", Aliases = [] },
        new() { Id = "institution/foreign-ministry", Kind = EntityKind.Institution, Name = "Ministry of Foreign Affairs", NameAr = "وزارة الخارجية", Aliases = ["الشؤون الخارجية"] },
        new() { Id = "person/mohammed-vi", Kind = EntityKind.Person, Name = "Mohammed VI", NameAr = "محمد السادس", Aliases = [] },
        new() { Id = "institution/mohammed-vi-institute", Kind = EntityKind.Institution, Name = "Mohammed VI Institute for the Training of Imams", NameAr = "معهد محمد السادس لتكوين الأئمة", Aliases = [] },
        new() { Id = "institution/un", Kind = EntityKind.Institution, Name = "United Nations", NameAr = "الأمم المتحدة", Aliases = [] },
        new() { Id = "institution/un-general-assembly", Kind = EntityKind.Institution, Name = "UN General Assembly", NameAr = "الجمعية العامة للأمم المتحدة", Aliases = [], ParentId = "institution/un", PartMention = true },
        new() { Id = "place/sahel", Kind = EntityKind.Place, Name = "Sahel", NameAr = "الساحل", Aliases = ["منطقة الساحل"] },
    ];
}
