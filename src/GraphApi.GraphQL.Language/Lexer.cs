using System.Globalization;
using System.Text;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// Turns source text into tokens on demand (spec 2.1, Source Text). Ignored tokens (2.1.7) are skipped;
/// the parser sees only significant tokens. Error wording follows graphql-js so clients see familiar messages.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;

    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, null);
    }

    public Source Source { get; }

    /// <summary>The current token; <see cref="TokenKind.StartOfFile"/> before the first <see cref="Advance"/>.</summary>
    public Token Token { get; private set; }

    /// <summary>Moves to the next significant token and returns it; stays on <see cref="TokenKind.EndOfFile"/> once there.</summary>
    public Token Advance()
    {
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadToken(Token.End);
        }

        return Token;
    }

    /// <summary>Reads the token after the current one without moving.</summary>
    public Token Lookahead() => Token.Kind == TokenKind.EndOfFile ? Token : ReadToken(Token.End);

    private Token ReadToken(int position)
    {
        var body = _body;
        var length = body.Length;
        while (position < length)
        {
            var c = body[position];
            switch (c)
            {
                // 2.1.1 Unicode BOM, 2.1.2 White Space, 2.1.3 Line Terminators, 2.1.5 Insignificant Commas.
                case '\uFEFF' or '\t' or ' ' or ',' or '\n' or '\r':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenL, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    if (position + 2 < length && body[position + 1] == '.' && body[position + 2] == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    break;
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketL, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketR, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceL, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return position + 2 < length && body[position + 1] == '"' && body[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                default:
                    if (IsDigit(c) || c == '-')
                    {
                        return ReadNumber(position);
                    }

                    if (IsNameStart(c))
                    {
                        return ReadName(position);
                    }

                    break;
            }

            throw Error(position, c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsSourceCharacterAt(position)
                    ? $"Unexpected character: {DescribeCharacterAt(position)}."
                    : $"Invalid character: {DescribeCharacterAt(position)}.");
        }

        return new Token(TokenKind.EndOfFile, length, length, null);
    }

    private static Token Punctuator(TokenKind kind, int position, int size) => new(kind, position, position + size, null);

    /// <summary>2.1.4 Comments: a comment runs to the end of the line.</summary>
    private int SkipComment(int position)
    {
        var body = _body;
        position++;
        while (position < body.Length)
        {
            var c = body[position];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (char.IsSurrogate(c))
            {
                if (!IsSurrogatePairAt(position))
                {
                    break;
                }

                position += 2;
                continue;
            }

            position++;
        }

        return position;
    }

    /// <summary>2.1.6 Names: /[_A-Za-z][_0-9A-Za-z]*/.</summary>
    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position, body[start..position]);
    }

    /// <summary>2.9.1 Int Value and 2.9.2 Float Value, including the lookahead restrictions that forbid a trailing name start or dot.</summary>
    private Token ReadNumber(int start)
    {
        var body = _body;
        var position = start;
        var isFloat = false;
        if (CharAt(position) == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharacterAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (CharAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (CharAt(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        var next = CharAt(position);
        if (next == '.' || IsNameStart(next))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacterAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, body[start..position]);
    }

    private int ReadDigits(int position)
    {
        if (!IsDigit(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacterAt(position)}.");
        }

        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>2.9.4 String Value: a quoted string with escape sequences, on one line.</summary>
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"')
            {
                var text = value is null
                    ? body[chunkStart..position]
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                return new Token(TokenKind.String, start, position + 1, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            position += ReadSourceCharacterInString(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Returns the width of the source character at <paramref name="position"/>, rejecting lone surrogates (not Unicode scalar values).</summary>
    private int ReadSourceCharacterInString(int position)
    {
        var c = _body[position];
        if (!char.IsSurrogate(c))
        {
            return 1;
        }

        if (IsSurrogatePairAt(position))
        {
            return 2;
        }

        throw Error(position, $"Invalid character within String: {DescribeCharacterAt(position)}.");
    }

    /// <summary>EscapedCharacter and EscapedUnicode of spec 2.9.4; returns how many source characters the escape used.</summary>
    private int ReadEscape(int position, StringBuilder value)
    {
        switch (CharAt(position + 1))
        {
            case '"':
                value.Append('"');
                return 2;
            case '\\':
                value.Append('\\');
                return 2;
            case '/':
                value.Append('/');
                return 2;
            case 'b':
                value.Append('\b');
                return 2;
            case 'f':
                value.Append('\f');
                return 2;
            case 'n':
                value.Append('\n');
                return 2;
            case 'r':
                value.Append('\r');
                return 2;
            case 't':
                value.Append('\t');
                return 2;
            case 'u':
                return CharAt(position + 2) == '{'
                    ? ReadVariableWidthUnicodeEscape(position, value)
                    : ReadFixedWidthUnicodeEscape(position, value);
            default:
                throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }
    }

    /// <summary><c>\u{1F600}</c>: any number of hex digits naming a Unicode scalar value.</summary>
    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            point = (point << 4) | HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    /// <summary>
    /// <c>\uXXXX</c>: four hex digits. A leading surrogate must be followed by an escaped trailing surrogate
    /// (<c>\uD83D\uDE00</c>); a lone surrogate is not a Unicode scalar value and is rejected.
    /// </summary>
    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        var code = ReadFourHexDigits(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = ReadFourHexDigits(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int ReadFourHexDigits(int position) =>
        (HexValue(CharAt(position)) << 12) | (HexValue(CharAt(position + 1)) << 8) | (HexValue(CharAt(position + 2)) << 4) | HexValue(CharAt(position + 3));

    /// <summary>2.9.4 Block strings: raw text up to the closing <c>"""</c>, where only <c>\"""</c> is an escape; the value is dedented by <see cref="BlockString.Dedent"/>.</summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        StringBuilder? raw = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                var text = raw is null
                    ? body[chunkStart..position]
                    : raw.Append(body, chunkStart, position - chunkStart).ToString();
                return new Token(TokenKind.BlockString, start, position + 3, BlockString.Dedent(text));
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                raw ??= new StringBuilder();
                raw.Append(body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            position += ReadSourceCharacterInString(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private const char EndOfInput = '\uFFFF';

    private char CharAt(int position) => position < _body.Length ? _body[position] : EndOfInput;

    private string Slice(int position, int size) => _body.Substring(position, Math.Min(size, _body.Length - position));

    private bool IsSurrogatePairAt(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    private bool IsSourceCharacterAt(int position) => !char.IsSurrogate(_body[position]) || IsSurrogatePairAt(position);

    /// <summary>How graphql-js prints a character in a message: <c>"a"</c> for printable ASCII, <c>U+0007</c> otherwise, <c>&lt;EOF&gt;</c> at the end.</summary>
    private string DescribeCharacterAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        var c = _body[position];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var codePoint = IsSurrogatePairAt(position) ? char.ConvertToUtf32(c, _body[position + 1]) : c;
        return "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxError Error(int position, string description) => new(Source, position, description);

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsNameStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    internal static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);
}
