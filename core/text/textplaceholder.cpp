// The text library grows here (issue 8); this file keeps the target non-empty until then.
namespace tagsmith::text { int libraryVersion() { return 1; } }
