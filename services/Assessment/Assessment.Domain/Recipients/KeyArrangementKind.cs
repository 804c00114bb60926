namespace CareServices.Assessment.Domain.Recipients;

public enum KeyArrangementKind
{
    None,
    KeyBox,
    DigitalLock,
}
