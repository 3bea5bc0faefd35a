using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Shop.AlipaySandbox;

/// <summary>Stores a UTC time as it is and marks it UTC when read, so it formats as China time correctly.</summary>
public class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    utc => utc,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
