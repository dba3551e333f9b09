#pragma once

// The `hoist` exit codes: a public contract, scripts depend on them.
namespace ExitCode {
constexpr int Success = 0;        // every item succeeded (or, with --dry-run, passed preflight)
constexpr int UploadFailed = 1;   // at least one upload failed or was cancelled
constexpr int KeychainFailed = 1; // hoist credentials: the keychain could not be used
constexpr int StorageFailed = 1;  // hoist history: the history could not be read
constexpr int Usage = 2;          // bad arguments, unknown profile, unreadable --cacert …
constexpr int Refused = 3;        // preflight refused at least one item and none failed
constexpr int FollowUpFailed = 4; // every upload worked, but a follow-up step (metadata …) failed
// The whole file of at least one upload went out and no answer came (dropped, answer deadline,
// interrupted): the server may have stored it. Check before sending it again. Wins over 1.
constexpr int OutcomeUnknown = 5;
// hoist library: the server refused or could not be reached, the history could not be read, a
// deletion failed, or Ctrl+C cancelled.
constexpr int LibraryFailed = 1;
// hoist library delete: the service kept at least one item because it is in use (--force deletes it
// anyway) and nothing else failed.
constexpr int KeptInUse = 3;
} // namespace ExitCode
