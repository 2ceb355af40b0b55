namespace GraphApi.Knowledge.Extraction;

/// <summary>Upper-case words that are not organisations: English function words, units, and common abbreviations.</summary>
internal static class Acronyms
{
    public static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "I", "A", "AN", "THE", "OF", "IN", "ON", "AT", "TO", "AND", "OR", "BY", "IS", "IT", "OK", "TV", "PDF", "URL", "AM", "PM",
        "GMT", "UTC", "USD", "EUR", "MAD", "KM", "KG", "CM", "MM", "ID", "CEO", "VIP", "VS", "NB",
    };
}
