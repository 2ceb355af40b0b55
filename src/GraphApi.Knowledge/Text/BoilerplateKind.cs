namespace GraphApi.Knowledge.Text;

/// <summary>Why a line of a raw page is not part of the article body.</summary>
public enum BoilerplateKind
{
    /// <summary>A line of other headlines separated by runs of (non-breaking) spaces.</summary>
    HeadlineTicker,

    /// <summary>"Thanks for reporting", "this image will be hidden…", share and print buttons.</summary>
    ShareOrReport,

    /// <summary>"Published in X on date" above the article.</summary>
    Dateline,

    /// <summary>Home › section trail.</summary>
    Breadcrumb,

    /// <summary>"Read the story at its source", "المصدر:".</summary>
    SourceLink,

    /// <summary>Comment forms and comment lists ("اترك تعليقاً", "لن يتم نشر عنوان بريدك").</summary>
    Comments,

    /// <summary>Related-article lists ("اقرأ أيضا").</summary>
    RelatedArticles,

    /// <summary>Anything after a closing marker (source link, comments, related list).</summary>
    Trailer,
}
