/* bcryptprimitives.dll for Wine 8, for the Windows tests only.
 *
 * Go programs from Go 1.24 on ask Windows for random numbers through
 * ProcessPrng in bcryptprimitives.dll, which every Windows 10 and 11 has but
 * Wine before 9.0 (Debian 12's) lacks: pathmap.exe would stop at start with
 * "bcryptprimitives.dll not found". This stand-in answers ProcessPrng with
 * bcrypt.dll's system generator, which Wine has. It is copied into the test
 * Wine prefix only, never shipped. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, n, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
