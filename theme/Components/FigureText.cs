using System.Globalization;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Components;

/// <summary>Writes a stated quantity as the article hedged it: "about 5,000 troops", "5,000–6,000 troops".</summary>
public static class FigureText
{
    public static string Value(FigureValue value, string unit)
    {
        string series = value.Series is { } s ? $" ({s})" : string.Empty;
        return $"{Quantity(value)} {unit}{series}";
    }

    /// <summary>The number alone, hedged as the article hedged it: "about 2,500", "5,000–6,000".</summary>
    public static string Quantity(FigureValue value)
    {
        string number = Number(value.Value);
        string core = value.High is { } high ? $"{number}–{Number(high)}" : number;
        string hedge = value.Qualifier switch
        {
            Qualifier.About => "about ",
            Qualifier.AtLeast => "at least ",
            Qualifier.MoreThan => "more than ",
            Qualifier.Nearly => "nearly ",
            Qualifier.UpTo => "up to ",
            _ => string.Empty,
        };
        return hedge + core;
    }

    public static string Number(decimal n) => n.ToString("#,0.##", CultureInfo.InvariantCulture);
}
