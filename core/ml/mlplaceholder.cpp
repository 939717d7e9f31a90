// The ml library grows here (issue 6); this file keeps the target non-empty until then.
namespace tagsmith::ml { int libraryVersion() { return 1; } }
