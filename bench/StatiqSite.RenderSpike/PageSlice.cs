using Microsoft.AspNetCore.Html;
using RazorSlices;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Language;
using StatiqSite.Content.Model;
using StatiqSite.Theme;
using StatiqSite.Theme.Strings;

namespace StatiqSite.RenderSpike;

/// <summary>
/// The base of the spike's slices. It hides the attribute and literal writers that the Razor compiler calls in
/// the generated class, so that links and ids are recorded while the page is written, as PageRecorder reads them
/// from the render tree, and it holds the helpers the theme's components share (dates, sentences with placeholders).
/// Every slice derives from the layout slice, so that the layout is recorded by the same code as the parts it wraps;
/// a slice that is not a layout never asks for a body.
/// </summary>
public abstract class PageSlice<TModel> : RazorLayoutSlice<TModel>
{
    protected new void BeginWriteAttribute(string name, string prefix, int prefixOffset, string suffix, int suffixOffset, int attributeValuesCount)
    {
        SliceRecorder.Current?.BeginAttribute(name);
        base.BeginWriteAttribute(name, prefix, prefixOffset, suffix, suffixOffset, attributeValuesCount);
    }

    protected new void WriteAttributeValue<T>(string prefix, int prefixOffset, T? value, int valueOffset, int valueLength, bool isLiteral)
    {
        SliceRecorder.Current?.AttributeValue(value as string);
        base.WriteAttributeValue(prefix, prefixOffset, value, valueOffset, valueLength, isLiteral);
    }

    protected new void EndWriteAttribute()
    {
        SliceRecorder.Current?.EndAttribute();
        base.EndWriteAttribute();
    }

    protected new void WriteLiteral(string? value)
    {
        SliceRecorder.Current?.Literal(value);
        base.WriteLiteral(value);
    }

    protected new void WriteLiteral(ReadOnlySpan<byte> value)
    {
        SliceRecorder.Current?.Literal(value);
        base.WriteLiteral(value);
    }

    /// <summary>Markup the theme did not write itself (rendered Markdown, JSON-LD), written as it is.</summary>
    protected static HtmlString Markup(string html)
    {
        SliceRecorder.Current?.Markup(html);
        return new HtmlString(html);
    }

    /// <summary>A strings-file sentence written as the theme's Copy.Text writes it.</summary>
    protected static HtmlString Text(string text) => new(Copy.Escape(text));

    /// <summary>
    /// A sentence with placeholders: its own words as Copy.Text writes them, each placeholder by the writer given
    /// for its name (markup such as a link) or, for a plain value, encoded as any written value is.
    /// </summary>
    protected HtmlString Sentence(Theme.Strings.Template template, params (string Name, object Value)[] values)
    {
        foreach (var (text, name, _) in SliceTemplates.Parts(template))
        {
            if (name is null)
            {
                WriteHtml(Copy.Escape(text));
                continue;
            }

            switch (Array.Find(values, v => v.Name == name).Value)
            {
                case Func<HtmlString> markup:
                    markup();
                    break;
                case IFormattable number:
                    Write(number.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case var value:
                    Write(value.ToString());
                    break;
            }
        }

        return HtmlString.Empty;
    }

    protected HtmlString Time(DateFormatter dates, EdtfDate date)
    {
        WriteLiteral("<time datetime=\"");
        Write(date.MachineText);
        WriteLiteral("\">");
        Write(dates.Display(date));
        WriteLiteral("</time>");
        return HtmlString.Empty;
    }

    protected HtmlString Time(DateFormatter dates, DateOnly day)
    {
        WriteLiteral("<time datetime=\"");
        Write(EdtfFormatter.Iso(day));
        WriteLiteral("\">");
        Write(dates.Display(day));
        WriteLiteral("</time>");
        return HtmlString.Empty;
    }
}
