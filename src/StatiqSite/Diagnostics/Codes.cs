namespace StatiqSite.Diagnostics;

/// <summary>
/// Every diagnostic code, so that each has one meaning. docs/diagnostics.md explains each one;
/// a test keeps the two in step.
/// </summary>
public static class Codes
{
    // SS01xx: reading files.
    public const string YamlSyntax = "SS0101";
    public const string InvalidUtf8 = "SS0102";
    public const string FileTooLarge = "SS0103";
    public const string EmptyFile = "SS0104";
    public const string FrontMatterNotClosed = "SS0105";
    public const string FrontMatterMissing = "SS0106";
    public const string SymlinkOutsideInput = "SS0107";
    public const string UnexpectedFile = "SS0108";
    public const string DuplicateKey = "SS0109";
    public const string YamlAliasRefused = "SS0110";
    public const string ControlCharacter = "SS0111";
    public const string UnreadableFile = "SS0112";

    // SS02xx: fields and references.
    public const string MissingField = "SS0201";
    public const string WrongType = "SS0202";
    public const string UnknownReference = "SS0203";
    public const string DuplicateId = "SS0204";
    public const string UnknownField = "SS0205";
    public const string InvalidId = "SS0206";
    public const string InvalidValue = "SS0207";
    public const string AffiliationCycle = "SS0208";
    public const string WrongKindOfActor = "SS0209";
    public const string UnusedActor = "SS0210";
    public const string DuplicateLabel = "SS0211";
    public const string PlaceWithoutCoordinates = "SS0212";

    // SS03xx: dates.
    public const string InvalidDate = "SS0301";
    public const string EndBeforeStart = "SS0303";
    public const string EventOutsideEra = "SS0304";
    public const string FileNameDate = "SS0305";
    public const string SequenceCycle = "SS0306";
    public const string NoPossibleDay = "SS0307";
    public const string EraOutOfOrder = "SS0308";

    // SS04xx: sourcing.
    public const string NoSource = "SS0401";
    public const string LocatorOutOfRange = "SS0402";
    public const string QuoteTooLong = "SS0403";
    public const string InvalidLocator = "SS0404";
    public const string UncitedParagraph = "SS0405";

    // SS05xx: Markdown.
    public const string RawHtml = "SS0501";
    public const string UnknownShortcode = "SS0502";
    public const string UnsafeUrl = "SS0503";
    public const string UnsafeOutput = "SS0504";
    public const string MarkdownTooComplex = "SS0505";
    public const string UnreadableMarkdown = "SS0506";

    // SS06xx: output.
    public const string OutputRefused = "SS0601";
    public const string BrokenLink = "SS0602";
    public const string OutputCollision = "SS0603";
    public const string ExternalLinkBroken = "SS0604";

    // SS08xx: strings (input/i18n/<language>.yml over the theme's defaults).
    public const string UnknownString = "SS0801";
    public const string UnknownPlaceholder = "SS0802";
    public const string MissingLanguage = "SS0803";

    // SS07xx: house style (warnings from `check`, rules in input/style.yml).
    public const string StyleReplace = "SS0701";
    public const string StyleAvoid = "SS0702";
    public const string StylePattern = "SS0703";
    public const string StyleQuotes = "SS0704";
    public const string StyleInternalId = "SS0705";
    public const string StyleSentenceLength = "SS0706";

    // SS08xx: languages (the rules of input/i18n/<language>.rules.yml over the theme's); a missing language is MissingLanguage above.
    public const string InvalidTemplate = "SS0804";
    // SS09xx: review (`diff`).
    public const string DiffRevision = "SS0901";
}
