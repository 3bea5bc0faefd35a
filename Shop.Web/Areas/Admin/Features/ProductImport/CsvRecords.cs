using System.Runtime.CompilerServices;
using System.Text;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>
/// Reads CSV as RFC 4180 writes it: fields separated by commas, records by line breaks (CRLF, LF
/// or CR), a field in double quotes may hold commas, line breaks and doubled quotes. A record is
/// read as soon as its line ends, so a file of any length is read in constant memory, and each
/// record knows the line it starts on. Blank lines are skipped. A quote inside an unquoted field is
/// kept as text, as spreadsheets write it.
/// </summary>
public static class CsvRecords
{
    /// <summary>Far longer than any product field; bounds what a quote never closed can make us hold.</summary>
    public const int MaxFieldLength = 20_000;

    private const int BufferSize = 16 * 1024;

    public static async IAsyncEnumerable<CsvRecord> ReadAsync(
        TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new char[BufferSize];
        var state = new RecordBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (state.Add(buffer[i]) is { } record)
                {
                    yield return record;
                }
            }
        }
        if (state.Finish() is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The record being read, one character at a time.</summary>
    private sealed class RecordBuilder
    {
        private readonly List<string> _fields = [];
        private readonly StringBuilder _field = new();
        private int _line = 1;
        private int _recordLine = 1;
        private bool _inQuotes;
        private bool _quoteInQuotes;
        private bool _fieldWasQuoted;
        private bool _afterClosingQuote;
        private bool _lastWasCarriageReturn;
        private CsvProblem _problem;

        /// <summary>Takes the next character; answers the record it ends, if it ends one.</summary>
        public CsvRecord? Add(char c)
        {
            var afterCarriageReturn = _lastWasCarriageReturn;
            _lastWasCarriageReturn = c == '\r';

            if (_quoteInQuotes)
            {
                _quoteInQuotes = false;
                if (c == '"')
                {
                    Append('"');
                    return null;
                }
                // That quote closed the field; this character comes after it.
                _inQuotes = false;
                _afterClosingQuote = true;
            }

            if (_inQuotes)
            {
                if (c == '"')
                {
                    _quoteInQuotes = true;
                    return null;
                }
                if (c == '\r' || (c == '\n' && !afterCarriageReturn))
                {
                    _line++;
                }
                Append(c);
                return null;
            }

            switch (c)
            {
                case '\n' when afterCarriageReturn:
                    // The second half of a CRLF that already ended the record.
                    return null;
                case '\r' or '\n':
                    _line++;
                    return EndRecord();
                case ',':
                    EndField();
                    return null;
                case '"' when _field.Length == 0 && !_fieldWasQuoted:
                    _inQuotes = true;
                    _fieldWasQuoted = true;
                    return null;
                default:
                    if (_afterClosingQuote)
                    {
                        Mark(CsvProblem.TextAfterClosingQuote);
                    }
                    Append(c);
                    return null;
            }
        }

        /// <summary>The end of the file: answers the last record, if the file does not end with a line break.</summary>
        public CsvRecord? Finish()
        {
            if (_inQuotes && !_quoteInQuotes)
            {
                Mark(CsvProblem.QuoteNotClosed);
            }
            _inQuotes = false;
            _quoteInQuotes = false;
            return _fields.Count == 0 && _field.Length == 0 && !_fieldWasQuoted ? null : EndRecord();
        }

        private void Append(char c)
        {
            if (_field.Length < MaxFieldLength)
            {
                _field.Append(c);
            }
            else
            {
                Mark(CsvProblem.FieldTooLong);
            }
        }

        private void Mark(CsvProblem problem)
        {
            if (_problem == CsvProblem.None)
            {
                _problem = problem;
            }
        }

        private void EndField()
        {
            _fields.Add(_field.ToString());
            _field.Clear();
            _fieldWasQuoted = false;
            _afterClosingQuote = false;
        }

        private CsvRecord? EndRecord()
        {
            var blankLine = _fields.Count == 0 && _field.Length == 0 && !_fieldWasQuoted;
            EndField();
            var record = blankLine ? null : new CsvRecord(_recordLine, _fields.ToArray(), _problem);
            _fields.Clear();
            _problem = CsvProblem.None;
            _recordLine = _line;
            return record;
        }
    }
}
