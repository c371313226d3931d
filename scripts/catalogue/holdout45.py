"""The forty-fifth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_qe: Rust script engines and interpreters embeddable in a server (rhaiscript/rhai, boa-dev/boa, RustPython/RustPython, mlua-rs/mlua, kyren/piccolo, gluon-lang/gluon, rune-rs/rune, koto-lang/koto); every wording read in the file named per entry: snapshots via fetch (git show HEAD:<path>) for all but boa, whose snapshot was too large to fetch and was read file by file with read_file; the Display / #[error] / quick_error! / write! text as it reaches a log, placeholders (paths, names, numbers, line positions) and inner io::Error / Lua messages filled plausibly.
def _part_qe(add):
    # --- rhaiscript/rhai: EvalAltResult Display (src/types/error.rs, " (line L, position P)" from src/types/position.rs),
    #     ParseErrorType / LexError Display (src/types/parse_error.rs), script file reading (src/api/files.rs),
    #     arithmetic errors (src/packages/arithmetic.rs) ---
    R = "rhaiscript/rhai"
    for typ, m, p in [
        (S, "Cannot open script file '/var/lib/stemedb/scripts/ingest.rhai': No such file or directory (os error 2)", "src/api/files.rs"),
        (S, "Cannot read script file '/var/lib/stemedb/scripts/ingest.rhai': Input/output error (os error 5)", "src/api/files.rs"),
        (Z, "Syntax error: Script is incomplete (line 14, position 1)", "src/types/parse_error.rs"),
        (Z, "Syntax error: Open string is not terminated (line 3, position 18)", "src/types/parse_error.rs"),
        (Z, "Syntax error: Expecting ')' to close the parameters list of function 'validate_record' (line 5, position 31)", "src/parser.rs"),
        (U, "Function not found: validate_record (map, &str | ImmutableString | String) (line 12, position 5)", "src/types/error.rs"),
        (U, "Variable not found: agent_id (line 3, position 9)", "src/types/error.rs"),
        (U, "Array index 5 out of bounds: only 3 elements in array (line 7, position 14)", "src/types/error.rs"),
        (U, "Too many operations (line 42, position 9)", "src/types/error.rs"),
        (U, "Division by zero: 10 / 0 (line 4, position 11)", "src/packages/arithmetic.rs"),
        (U, "Module not found: stemedb_utils (line 1, position 8)", "src/types/error.rs"),
        (U, "Length of string too large (line 9, position 13)", "src/eval/data_check.rs"),
    ]:
        add(R, p, typ, m)

    # --- boa-dev/boa (read_file): JsNativeError "{kind}: {message}" (core/engine/src/error/mod.rs),
    #     module loader messages (core/engine/src/module/loader/mod.rs), parser errors (core/parser/src/error/mod.rs),
    #     engine runtime limits (core/engine/src/error/mod.rs), ReferenceError (core/engine/src/vm/opcode/get/name.rs) ---
    B = "boa-dev/boa"
    for typ, m, p in [
        (S, "TypeError: could not open file `./hooks/ingest.js`", "core/engine/src/module/loader/mod.rs"),
        (Z, "SyntaxError: could not parse JSON module `./config/limits.json`", "core/engine/src/module/loader/mod.rs"),
        (Z, "SyntaxError: could not parse module `./hooks/ingest.js`", "core/engine/src/module/loader/mod.rs"),
        (U, "TypeError: module resolution is disabled for this context", "core/engine/src/module/loader/mod.rs"),
        (U, "TypeError: Module could not be found.", "core/engine/src/module/loader/mod.rs"),
        (U, "path is outside the module root", "core/engine/src/module/loader/mod.rs"),
        (U, "TypeError: module `./config/limits.json` needs an import attribute of type \"json\"", "core/engine/src/module/loader/mod.rs"),
        (Z, "SyntaxError: abrupt end", "core/parser/src/error/mod.rs"),
        (Z, "SyntaxError: in strict mode code, functions can only be declared at the top level or inside a block. at line 12, col 5", "core/parser/src/error/mod.rs"),
        (U, "RuntimeLimitError: reached the maximum number of iteration loops on this execution", "core/engine/src/error/mod.rs"),
        (U, "ReferenceError: agentId is not defined", "core/engine/src/vm/opcode/get/name.rs"),
    ]:
        add(B, p, typ, m)

    # --- RustPython/RustPython: Rust-written stdlib and vm exceptions as the traceback's last line
    #     (ssl on rustls: crates/stdlib/src/ssl/compat.rs + ssl/error.rs; _sqlite3, zlib, json machinery, import, recursion) ---
    P = "RustPython/RustPython"
    for typ, m, p in [
        (N, "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired", "crates/stdlib/src/ssl/compat.rs"),
        (N, "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for", "crates/stdlib/src/ssl/compat.rs"),
        (N, "ssl.SSLEOFError: EOF occurred in violation of protocol", "crates/stdlib/src/ssl/error.rs"),
        (N, "ssl.SSLZeroReturnError: TLS/SSL connection has been closed (EOF)", "crates/stdlib/src/ssl/error.rs"),
        (N, "SSL handshake failed: incomplete handshake", "crates/stdlib/src/ssl/compat.rs"),
        (T, "TimeoutError: The read operation timed out", "crates/stdlib/src/ssl/compat.rs"),
        (U, "sqlite3.ProgrammingError: Cannot operate on a closed database.", "crates/stdlib/src/_sqlite3.rs"),
        (U, "sqlite3.ProgrammingError: SQLite objects created in a thread can only be used in that same thread.", "crates/stdlib/src/_sqlite3.rs"),
        (Z, "sqlite3.OperationalError: Could not decode to UTF-8 column 'payload' with text 'agent-0042\ufffd\ufffd'", "crates/stdlib/src/_sqlite3.rs"),
        (Z, "zlib.error: Error -5 while decompressing data: incomplete or truncated stream", "crates/stdlib/src/zlib.rs"),
        (Z, "json.decoder.JSONDecodeError: Unterminated string starting at: line 1 column 18 (char 17)", "crates/stdlib/src/json/machinery.rs"),
        (U, "ModuleNotFoundError: No module named 'stemedb_hooks'", "crates/vm/src/import.rs"),
        (U, "RecursionError: maximum recursion depth exceeded while getting the repr of an object", "crates/vm/src/vm/mod.rs"),
    ]:
        add(P, p, typ, m)

    # --- mlua-rs/mlua: mlua::Error Display (src/error.rs); inner Lua messages filled; conversion texts from
    #     src/conversion.rs, safe-mode text from src/state.rs, serde texts from src/serde/de.rs, table.rs ---
    M = "mlua-rs/mlua"
    for typ, m, p in [
        (Z, "syntax error: [string \"hooks/ingest.lua\"]:12: 'end' expected (to close 'function' at line 3) near <eof>", "src/error.rs"),
        (U, "runtime error: [string \"hooks/ingest.lua\"]:27: attempt to index a nil value (local 'record')", "src/error.rs"),
        (U, "memory error: not enough memory", "src/error.rs"),
        (U, "safety error: package.loadlib is disabled in safe mode", "src/state.rs"),
        (U, "out of Lua stack, too many arguments to a Lua function or too many return values from a callback", "src/error.rs"),
        (U, "bad argument #2 to `Cache.set`: error converting Lua nil to u64 (expected number or string coercible to number)", "src/conversion.rs"),
        (U, "error converting Lua string to table", "src/conversion.rs"),
        (Z, "deserialize error: unsupported value type `function`", "src/serde/de.rs"),
        (Z, "deserialize error: recursive table detected", "src/serde/de.rs"),
        (U, "runtime error: attempt to modify a readonly table", "src/table.rs"),
        (U, "RegistryKey used from different Lua state", "src/error.rs"),
    ]:
        add(M, p, typ, m)

    # --- kyren/piccolo: thiserror texts (parser, compiler, meta_ops, error.rs, thread, freeze, util serde) ---
    K = "kyren/piccolo"
    for typ, m, p in [
        (Z, "parse error at line 14: unexpected end of token stream", "src/compiler/parser.rs"),
        (Z, "parse error at line 22: lexer error", "src/compiler/parser.rs"),
        (U, "compiler error at line 41: too many constants", "src/compiler/compiler.rs"),
        (U, "could not index into a nil value", "src/meta_ops.rs"),
        (U, "could not add values of type string and nil", "src/meta_ops.rs"),
        (U, "type error, expected table, found nil", "src/error.rs"),
        (U, "table key is NaN", "src/table/raw.rs"),
        (U, "bad thread mode: Running, expected Stopped", "src/thread/thread.rs"),
        (U, "frozen value accessed outside of enclosing scope", "util/src/freeze.rs"),
        (Z, "expected table, found string", "util/src/serde/de.rs"),
    ]:
        add(K, p, typ, m)

    # --- gluon-lang/gluon: quick_error! display texts (vm/src/lib.rs, src/import.rs, parser/src/token.rs,
    #     parser/src/lib.rs), std http (src/std_lib/http.rs), typecheck (check/src/typecheck/error.rs), api de ---
    G = "gluon-lang/gluon"
    for typ, m, p in [
        (U, "The gluon thread is dead", "vm/src/lib.rs"),
        (U, "Expected a value of type `Int` but the returned type was `String`", "vm/src/lib.rs"),
        (U, "Thread is out of memory: Limit 104857600, needed 104923136", "vm/src/lib.rs"),
        (U, "Thread was interrupted", "vm/src/lib.rs"),
        (U, "Could not find module 'stemedb.hooks'. Searched `.`, `/var/lib/stemedb/scripts`.", "src/import.rs"),
        (U, "Module 'stemedb.hooks' occurs in a cyclic dependency: `stemedb.util -> stemedb.hooks`", "src/import.rs"),
        (S, "Unable to open certificate `/etc/stemedb/tls/server.p12`: No such file or directory (os error 2)", "src/std_lib/http.rs"),
        (Z, "unterminated string literal", "parser/src/token.rs"),
        (Z, "cannot parse integer, probable overflow", "parser/src/token.rs"),
        (U, "Undefined variable `agent_id`", "check/src/typecheck/error.rs"),
        (Z, "Unable to deserialize bool", "vm/src/api/de.rs"),
    ]:
        add(G, p, typ, m)

    # --- rune-rs/rune: VmErrorKind Display (crates/rune/src/runtime/vm_error.rs), compile ErrorKind Display
    #     (crates/rune/src/compile/error.rs), Hash shown as 0x{:x} ---
    RU = "rune-rs/rune"
    for typ, m, p in [
        (S, "Failed to load source at `/var/lib/stemedb/scripts/main.rn`: No such file or directory (os error 2)", "crates/rune/src/compile/error.rs"),
        (S, "File not found, expected a module file like `/var/lib/stemedb/scripts/hooks.rn`", "crates/rune/src/compile/error.rs"),
        # "Unterminated string literal" (crates/rune/src/compile/error.rs) left out: gluon's text in this batch.
        (Z, "Bad number literal", "crates/rune/src/compile/error.rs"),
        (U, "Numerical overflow", "crates/rune/src/runtime/vm_error.rs"),
        (U, "Index out of bounds, the length is `3` but the index is `5`", "crates/rune/src/runtime/vm_error.rs"),
        (U, "Missing function with hash `0x6f5c8a3e1b2d4c7f`", "crates/rune/src/runtime/vm_error.rs"),
        (U, "Wrong number of arguments 1, expected 2", "crates/rune/src/runtime/vm_error.rs"),
        (U, "Panicked: invalid agent id agent-0042", "crates/rune/src/runtime/vm_error.rs"),
        (U, "Import recursion limit reached (128)", "crates/rune/src/compile/error.rs"),
    ]:
        add(RU, p, typ, m)

    # --- koto-lang/koto: runtime ErrorKind (crates/runtime/src/error.rs), ModuleLoaderErrorKind
    #     (crates/bytecode/src/module_loader.rs), core_lib io, parser and serde errors, koto::Error ---
    KO = "koto-lang/koto"
    for typ, m, p in [
        (T, "execution timed out (the limit of 2.5 seconds was reached)", "crates/runtime/src/error.rs"),
        (S, "failed to read '/var/lib/stemedb/scripts/rules.koto' (No such file or directory (os error 2))", "crates/bytecode/src/module_loader.rs"),
        (S, "io.read_to_string: Unable to read file '/var/lib/stemedb/export/agents.json': Permission denied (os error 13)", "crates/runtime/src/core_lib/io.rs"),
        (S, "error while creating file: Read-only file system (os error 30)", "crates/runtime/src/core_lib/io.rs"),
        (U, "unable to find module 'stemedb_rules'", "crates/bytecode/src/module_loader.rs"),
        (U, "unable to borrow an object that is already mutably borrowed", "crates/runtime/src/error.rs"),
        (U, "insufficient arguments (1, expected 2)", "crates/runtime/src/error.rs"),
        (U, "unable to perform operation '+' with 'String' and 'Number'", "crates/runtime/src/error.rs"),
        (Z, "expected '}' at end of map declaration", "crates/parser/src/error.rs"),
        (Z, "number out of i64 range 18446744073709551615", "crates/serde/src/error.rs"),
        (U, "no exported function named 'on_ingest' found", "crates/koto/src/error.rs"),
    ]:
        add(KO, p, typ, m)


# part_qf: C/C++ embeddable script engines (quickjs-ng/quickjs, svaarala/duktape, lua/lua, LuaJIT/LuaJIT, jerryscript-project/jerryscript, wren-lang/wren, mruby/mruby, janet-lang/janet), read from snapshots via fetch (git show HEAD:<path>). Each message was read in the file named for its entry: the throw/raise site or string table, and, where the engine adds to the text, the code that does so (error name prefix, "chunk:line:" position, "(line N)", "[file:line:col]", "msg (Class)", "error: ", the host errorFn shown in the repository's own example). Placeholders are filled with plausible values.
def _part_qf(add):
    _qf_quickjs(add)
    _qf_duktape(add)
    _qf_lua(add)
    _qf_luajit(add)
    _qf_jerryscript(add)
    _qf_wren(add)
    _qf_mruby(add)
    _qf_janet(add)


def _qf_quickjs(add):
    # quickjs-ng/quickjs @05b2db95: JS_Throw*/js_parse_error/json_parse_error texts; printed as "<ErrorName>: <message>"
    # (js_std_dump_error1 prints the error object; JS_ThrowPlainError makes a plain Error).
    R = "quickjs-ng/quickjs"
    for typ, m in [
        (Z, "SyntaxError: Expected ',' or '}' after property value in JSON at position 57 (line 1 column 58)"),
        (Z, "SyntaxError: No number after minus sign in JSON at position 9 (line 1 column 10)"),
        (Z, "SyntaxError: Bad control character in string literal in JSON at position 23 (line 1 column 24)"),
        (Z, "SyntaxError: unexpected token in expression: ')'"),
        (Z, "SyntaxError: invalid version (26 expected=27)"),
        (U, "TypeError: cannot read property 'status' of undefined"),
        (U, "ReferenceError: handleEvent is not defined"),
        (U, "RangeError: Maximum call stack size exceeded"),
        (U, "InternalError: out of memory"),
        (U, "InternalError: interrupted"),
    ]:
        add(R, "quickjs.c", typ, m)
    add(R, "quickjs-libc.c", S, "ReferenceError: could not load module filename '/var/lib/stemedb/scripts/filter.js'")
    add(R, "quickjs-libc.c", S, "Error: error opening /var/lib/stemedb/export/agents.json for writing")


def _qf_duktape(add):
    # svaarala/duktape @50af773b: DUK_STR_* table (src-input/duk_strings.h) and the DUK_ERROR_* call sites;
    # compile errors get " (line N[, end of input])" from duk__add_compiler_error_line (duk_error_augment.c).
    R = "svaarala/duktape"
    for typ, m, p in [
        (Z, "SyntaxError: invalid json (at offset 212)", "src-input/duk_bi_json.c"),
        (Z, "SyntaxError: unterminated string (line 12)", "src-input/duk_lexer.c"),
        (Z, "SyntaxError: parse error (line 41, end of input)", "src-input/duk_js_compiler.c"),
        (Z, "TypeError: base64 decode failed", "src-input/duk_api_codec.c"),
        (Z, "TypeError: invalid bytecode", "src-input/duk_api_bytecode.c"),
        (Z, "RangeError: decode recursion limit", "src-input/duk_bi_json.c"),
        (U, "TypeError: cannot write property 'lastSeen' of null", "src-input/duk_prop_set.c"),
        (U, "TypeError: undefined not callable", "src-input/duk_js_call.c"),
        (U, "RangeError: callstack limit", "src-input/duk_js_call.c"),
        (U, "Error: alloc failed", "src-input/duk_error_macros.c"),
        (U, "TypeError: cannot (re)define property 'id' of [object Object]", "src-input/duk_prop_defown.c"),
    ]:
        add(R, p, typ, m)


def _qf_lua(add):
    # lua/lua @53b41d0c: luaG_runerror/luaL_error texts (position "chunk:line:" from luaG_addinfo / luaL_where),
    # lexer "%s near %s" (llex.c), undump "%s: bad binary format (%s)" (lundump.c), errfile (lauxlib.c).
    R = "lua/lua"
    for typ, m, p in [
        (U, "filter.lua:12: attempt to index a nil value (field 'status')", "ldebug.c"),
        (U, "filter.lua:44: attempt to call a nil value (global 'json_decode')", "ldebug.c"),
        (U, "filter.lua:8: attempt to compare number with nil", "ldebug.c"),
        (U, "filter.lua:20: bad argument #1 to 'ipairs' (table expected, got nil)", "lauxlib.c"),
        (Z, "filter.lua:17: unexpected symbol near '}'", "lparser.c"),
        (Z, "filter.lua:23: unfinished string near '\"node2'", "llex.c"),
        (Z, "/var/lib/stemedb/scripts/filter.luac: bad binary format (truncated chunk)", "lundump.c"),
        (S, "cannot open /var/lib/stemedb/scripts/filter.lua: No such file or directory", "lauxlib.c"),
        (S, "filter.lua:31: cannot open file '/var/lib/stemedb/export/agents.csv' (Permission denied)", "liolib.c"),
        (U, "error in error handling", "ldo.c"),
        (U, "filter.lua:3: module 'cjson' not found:\n\tno field package.preload['cjson']\n\tno file '/usr/local/share/lua/5.4/cjson.lua'", "loadlib.c"),
    ]:
        add(R, p, typ, m)


def _qf_luajit(add):
    # LuaJIT/LuaJIT @1ee778a4: ERRDEF table (src/lj_errmsg.h) with the formatting of lj_err_optype / lj_err_lex
    # (src/lj_err.c), bcread_error (src/lj_bcread.c), io_file_open (src/lib_io.c), lj_loadfilex (src/lj_load.c).
    R = "LuaJIT/LuaJIT"
    for typ, m, p in [
        (U, "handler.lua:27: attempt to index field 'headers' (a nil value)", "src/lj_err.c"),
        (U, "handler.lua:51: attempt to concatenate local 'node_id' (a nil value)", "src/lj_err.c"),
        (U, "handler.lua:9: attempt to call global 'decode_json' (a nil value)", "src/lj_err.c"),
        (Z, "handler.lua:33: '=' expected near 'end'", "src/lj_errmsg.h"),
        (Z, "handler.lua:14: unfinished long string near '<eof>'", "src/lj_errmsg.h"),
        (Z, "/var/lib/stemedb/scripts/handler.ljbc: cannot load incompatible bytecode", "src/lj_bcread.c"),
        (Z, "handler.lua:40: unexpected end of buffer", "src/lj_serialize.c"),
        (Z, "handler.lua:40: cannot deserialize tag 0x1f", "src/lj_serialize.c"),
        (S, "handler.lua:12: bad argument #1 to 'lines' (/var/lib/stemedb/export/agents.csv: No such file or directory)", "src/lib_io.c"),
        (S, "cannot read /var/lib/stemedb/scripts/init.lua: Input/output error", "src/lj_load.c"),
        (U, "handler.lua:70: 'struct stemedb_rec' has no member named 'ttl'", "src/lj_errmsg.h"),
    ]:
        add(R, p, typ, m)


def _qf_jerryscript(add):
    # jerryscript-project/jerryscript @50200152: message tables (ecma-error-messages.ini, parser-error-messages.ini),
    # parser errors formatted "% [%:%:%]" (js-parser.c), "Unhandled exception: %s" (jerry-ext/util/print.c),
    # jerry-ext sources/debugger and jerry-main logs.
    R = "jerryscript-project/jerryscript"
    for typ, m, p in [
        (Z, "Unhandled exception: SyntaxError: Expected ')' token [handler.js:12:20]", "jerry-core/parser/js/js-parser.c"),
        (Z, "SyntaxError: Invalid JSON format", "jerry-core/ecma/builtin-objects/ecma-builtin-json.c"),
        (Z, "TypeError: Invalid snapshot version or unsupported features present", "jerry-core/api/jerry-snapshot.c"),
        (Z, "SyntaxError: Input is not a valid UTF-8 encoded string.", "jerry-ext/util/sources.c"),
        (S, "Failed to open file: /var/lib/stemedb/scripts/handler.js", "jerry-ext/util/sources.c"),
        (S, "SyntaxError: Source file not found", "jerry-ext/util/sources.c"),
        (U, "TypeError: Cannot read property 'nodeId' of null", "jerry-core/vm/vm.c"),
        (U, "RangeError: Stack limit exceeded", "jerry-core/ecma/operations/ecma-regexp-object.c"),
        (U, "Error: JERRY_FATAL_OUT_OF_MEMORY", "jerry-core/jrt/jrt-fatals.c"),
        (N, "TCP Error: Connection reset by peer", "jerry-ext/debugger/debugger-tcp.c"),
        (N, "Connection aborted before source arrived.", "jerry-main/main-desktop.c"),
    ]:
        add(R, p, typ, m)


def _qf_wren(add):
    # wren-lang/wren @77aeb12a: compiler errors (printError/lexError/error in src/vm/wren_compiler.c) and runtime
    # fiber errors (wren_vm.c, wren_core.c, wren_primitive.c), as the repository's example errorFn prints them
    # ("[%s line %d] [Error] %s" for compile errors, "[Runtime Error] %s" for runtime ones; example/embedding/main.c).
    R = "wren-lang/wren"
    for typ, m, p in [
        (Z, "[main line 14] [Error] Error at '}': Expect ')' after arguments.", "src/vm/wren_compiler.c"),
        (Z, "[main line 3] [Error] Error: Unterminated string.", "src/vm/wren_compiler.c"),
        (Z, "[main line 22] [Error] Error at end of file: Expect '}' at end of block.", "src/vm/wren_compiler.c"),
        (U, "[main line 9] [Error] Error at 'Config': Variable is used but not defined.", "src/vm/wren_compiler.c"),
        (U, "[Runtime Error] Null does not implement 'status'.", "src/vm/wren_vm.c"),
        (U, "[Runtime Error] Subscript out of bounds.", "src/vm/wren_primitive.c"),
        (U, "[Runtime Error] Cannot call a finished fiber.", "src/vm/wren_core.c"),
        (U, "[Runtime Error] Could not find foreign method 'query(_)' for class Store in module 'main'.", "src/vm/wren_vm.c"),
        (U, "[Runtime Error] Could not resolve module 'filters' imported from 'main'.", "src/vm/wren_vm.c"),
        (U, "[Runtime Error] Class 'Agent' cannot inherit from built-in class 'String'.", "src/vm/wren_vm.c"),
    ]:
        add(R, p, typ, m)


def _qf_mruby(add):
    # mruby/mruby @06ed794a: mrb_raise/mrb_raisef texts, printed by print_backtrace (src/backtrace.c) as
    # "<file:line>: <message> (<Class>)" (mrb_exc_get_output, src/error.c); SystemCallError text
    # "<strerror> - <detail>" from mrbgems/mruby-errno (mrb_sce_init) via mrb_sys_fail.
    R = "mruby/mruby"
    for typ, m, p in [
        (U, "handler.rb:12: undefined method 'status' for NilClass (NoMethodError)", "src/class.c"),
        (U, "handler.rb:30: divided by 0 (ZeroDivisionError)", "src/numeric.c"),
        (U, "handler.rb:41: can't modify frozen String (FrozenError)", "src/error.c"),
        (U, "handler.rb:55: Out of memory (NoMemoryError)", "src/backtrace.c"),
        (U, "handler.rb:18: wrong number of arguments (given 0, expected 1+) (ArgumentError)", "mrbgems/mruby-hash-ext/src/hash_ext.c"),
        (S, "handler.rb:19: No such file or directory - /var/lib/stemedb/export/old.csv (Errno::ENOENT)", "mrbgems/mruby-io/src/file.c"),
        (S, "handler.rb:7: Permission denied - open /var/lib/stemedb/export/agents.csv (Errno::EACCES)", "mrbgems/mruby-io/src/io.c"),
        (N, "handler.rb:22: Connection refused - connect (Errno::ECONNREFUSED)", "mrbgems/mruby-socket/src/socket.c"),
        (N, "handler.rb:22: getaddrinfo: Name or service not known (SocketError)", "mrbgems/mruby-socket/src/socket.c"),
        (N, "handler.rb:48: Connection reset by peer - recv (Errno::ECONNRESET)", "mrbgems/mruby-socket/src/socket.c"),
        (Z, "(unknown):0: irep load error (ScriptError)", "src/load.c"),
        (Z, "handler.rb:9: invalid string for float(\"12a\") (ArgumentError)", "src/string.c"),
    ]:
        add(R, p, typ, m)


def _qf_janet(add):
    # janet-lang/janet @284990a0: janet_panic/janet_panicf texts and fiber cancel values (src/core/*.c), printed
    # "error: <msg>" by janet_stacktrace (src/core/debug.c); parse/compile errors as bad-parse / bad-compile print
    # them (src/boot/boot.janet) with the parser's delim_error text (src/core/parse.c).
    R = "janet-lang/janet"
    for typ, m, p in [
        (N, "error: could not connect socket: Connection refused", "src/core/net.c"),
        (N, "error: could not get address info: Name or service not known", "src/core/net.c"),
        (T, "error: deadline expired", "src/core/ev.c"),
        (T, "error: timeout", "src/core/ev.c"),
        (S, "error: failed to open file /var/lib/stemedb/export/agents.csv: No such file or directory", "src/core/io.c"),
        (S, "error: error writing to file", "src/core/io.c"),
        (Z, "hooks.janet:14:1: parse error: unexpected end of source, ( opened at line 3, column 1", "src/core/parse.c"),
        (Z, "hooks.janet:9:22: parse error: unexpected closing delimiter ]", "src/core/parse.c"),
        (U, "hooks.janet:7:5: compile error: unknown symbol nod-id", "src/core/compile.c"),
        (Z, "error: corrupted symbolmap when unmarshalling debug info, got nil", "src/core/marsh.c"),
        (U, "error: cannot write to closed channel", "src/core/ev.c"),
    ]:
        add(R, p, typ, m)


# part_qg (Go script engines and interpreters): dop251/goja, dop251/goja_nodejs, robertkrimen/otto, yuin/gopher-lua, traefik/yaegi, google/starlark-go, d5/tengo, mattn/anko, risor-io/risor, benhoyt/goawk; newest snapshots via fetch, read with git show HEAD:<path>, each message read in the file named per entry (errors.New/fmt.Errorf text, the engine's Error() format that prefixes it: goja/otto "Name: message" plus goja's short stack " at fn (file:line:col(pc))", gopher-lua "source:line: " from where(), tengo "Runtime Error:/Compile Error:/Parse Error: ... at file:line:col", yaegi "file:line:col: " from cfgErrorf, starlark "file:line:col: "), placeholders filled plausibly. Inner errors that come from the Go standard library or golang.org/x/crypto/ssh (os open/read errors, net dial errors, regexp, ssh handshake) are plausible fills, not read in these sources.
def _part_qg(add):
    # --- dop251/goja: parser.Error / ErrorList, Exception.Error() = value.String() + short stack, CompilerSyntaxError wrapped in a SyntaxError ---
    R = "dop251/goja"
    for typ, m, p in [(Z, "(anonymous): Line 3:17 Unexpected token )", "parser/error.go"),
                      (Z, "hooks/enrich.js: Line 12:1 Unexpected end of input (and 2 more errors)", "parser/error.go"),
                      (Z, "SyntaxError: Unexpected end of JSON input (EOF) at parse (native)", "builtin_json.go"),
                      (Z, "URIError: Malformed URI at decodeURIComponent (native)", "builtin_global.go"),
                      (Z, "SyntaxError: SyntaxError: Identifier 'node' has already been declared at hooks/init.js:3:5", "compiler.go"),
                      (U, "ReferenceError: agentId is not defined at transform (hooks/transform.js:4:10(12))", "runtime.go"),
                      (U, "TypeError: Cannot read property 'status' of undefined or null at onWrite (hooks/on_write.js:9:20(31))", "vm.go"),
                      (Z, "could not convert string 2024-13-45T25:00:00Z to time.Time", "runtime.go"),
                      (U, "target must be a non-nil pointer", "runtime.go"),
                      (T, "timeout at /opt/stemedb/scripts/bench.js:5:13(22)", "goja/main.go"),
                      (S, "Could not read /etc/stemedb/hooks/lib.js: open /etc/stemedb/hooks/lib.js: no such file or directory at load (native)", "goja/main.go")]:
        add(R, p, typ, m)

    # --- dop251/goja_nodejs: require loader errors (wrapped as GoError), node-style coded errors ("Name [CODE]: message") ---
    R = "dop251/goja_nodejs"
    for typ, m, p in [(U, "GoError: Invalid module at require (native)", "require/module.go"),
                      (S, "GoError: open /etc/stemedb/hooks/lib/audit.js: permission denied at require (native)", "require/module.go"),
                      (U, "TypeError: Please enable require for this runtime using new(require.Registry).Enable(runtime)", "require/module.go"),
                      (Z, "TypeError [ERR_INVALID_URL]: Invalid URL at URL (native)", "url/url.go"),
                      (Z, "TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: latin2 at toString (native)", "buffer/buffer.go"),
                      (U, "TypeError [ERR_INVALID_ARG_TYPE]: The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView.", "buffer/buffer.go")]:
        add(R, p, typ, m)

    # --- robertkrimen/otto: otto.Error.Error() = "Name: message" (error.go), messages from the builtins and evaluator ---
    R = "robertkrimen/otto"
    for typ, m, p in [(Z, "SyntaxError: unexpected end of JSON input", "builtin_json.go"),
                      (Z, "TypeError: Converting circular structure to JSON", "builtin_json.go"),
                      (Z, "URIError: URI malformed", "builtin.go"),
                      (U, "ReferenceError: 'nodeId' is not defined", "type_reference.go"),
                      (U, "TypeError: Cannot access member \"status\" of undefined", "cmpl_evaluate_expression.go"),
                      (U, "TypeError: \"transform\" is not a function", "cmpl_evaluate_expression.go"),
                      # "RangeError: Maximum call stack size exceeded" (runtime.go) left out: QuickJS's text in this batch.
                      (U, "value is not an object", "otto.go")]:
        add(R, p, typ, m)

    # --- yuin/gopher-lua: RaiseError prefixed by where() ("source:line: "), parse.Error ("source line:L(column:C) near 'tok':   msg") ---
    R = "yuin/gopher-lua"
    for typ, m, p in [(U, "scripts/filter.lua:12: attempt to index a non-table object(nil) with key 'node'", "state.go"),
                      (U, "scripts/filter.lua:7: attempt to call a non-function object", "state.go"),
                      (U, "scripts/route.lua:30: cannot perform concat operation between string and nil", "vm.go"),
                      (U, "scripts/report.lua:8: bad argument #2 to format (number expected, got nil)", "auxlib.go"),
                      (T, "scripts/enrich.lua:40: context deadline exceeded", "vm.go"),
                      (U, "scripts/walk.lua:3: stack overflow", "state.go"),
                      (Z, "scripts/filter.lua line:4(column:14) near 'then':   syntax error", "parse/parser.go"),
                      (Z, "scripts/filter.lua at EOF:   unterminated string", "parse/lexer.go"),
                      (U, "scripts/main.lua:2: module stemedb.util not found:\n\tno field package.preload['stemedb.util']\n\tstat /etc/stemedb/scripts/stemedb/util.lua: no such file or directory, ", "baselib.go"),
                      (S, "scripts/main.lua:3: open /etc/stemedb/scripts/stemedb/util.lua: permission denied", "loadlib.go")]:
        add(R, p, typ, m)

    # --- traefik/yaegi: cfgErrorf ("file:line:col: msg"), import resolution (src.go), EvalWithContext returning ctx.Err() ---
    R = "traefik/yaegi"
    for typ, m, p in [(U, "plugins/ratelimit/limiter.go:42:9: undefined: nodeID", "interp/cfg.go"),
                      (U, "plugins/ratelimit/limiter.go:57:3: cannot use type string as type int in assignment", "interp/typecheck.go"),
                      (U, "plugins/ratelimit/limiter.go:12:2: import \"github.com/stemedb/sdk/client\" error: unable to find source related to: \"github.com/stemedb/sdk/client\"", "interp/gta.go"),
                      (U, "plugins/auth/check.go:30:5: invalid operation: mismatched types string and int", "interp/typecheck.go"),
                      (U, "plugins/auth/check.go:22:10: assignment mismatch: 2 variables but lookup returns 1 values", "interp/cfg.go"),
                      (U, "import cycle not allowed\n\timports github.com/stemedb/plugins/auth", "interp/src.go"),
                      (U, "plugins/auth/check.go:48:12: interface conversion: interface {} is nil, not string", "interp/run.go"),
                      (T, "context deadline exceeded", "interp/interp.go")]:
        add(R, p, typ, m)

    # --- google/starlark-go: syntax.Error / resolve.Error ("file:line:col: msg"), EvalError.Error() = Msg, lib/json texts ---
    R = "google/starlark-go"
    for typ, m, p in [(Z, "json.decode: at offset 48, unexpected end of file", "lib/json/json.go"),
                      (Z, "json.encode: cannot encode function as JSON", "lib/json/json.go"),
                      (Z, "pipeline.star:14:22: got newline, want ':'", "syntax/parse.go"),
                      (Z, "pipeline.star:9:5: unindent does not match any outer indentation level", "syntax/scan.go"),
                      (U, "pipeline.star:21:12: undefined: node_id (did you mean node_ids?)", "resolve/resolve.go"),
                      (U, "Starlark computation cancelled: too many steps", "starlark/interp.go"),
                      (U, "function fib called recursively", "starlark/interp.go"),
                      (U, "key \"replicas\" not in dict", "starlark/eval.go"),
                      (U, "list index 5 out of range [-3:2]", "starlark/eval.go"),
                      (U, "cannot insert into frozen hash table", "starlark/hashtable.go")]:
        add(R, p, typ, m)

    # --- d5/tengo: VM errors wrapped "Runtime Error: %w\n\tat pos" (vm.go), CompilerError, parser.Error ---
    R = "d5/tengo"
    for typ, m, p in [(U, "Runtime Error: invalid operation: string + int\n\tat filter.tengo:7:10", "vm.go"),
                      (U, "Runtime Error: not callable: undefined\n\tat filter.tengo:12:3", "vm.go"),
                      (U, "Runtime Error: object allocation limit exceeded\n\tat transform.tengo:22:5", "errors.go"),
                      (U, "Runtime Error: invalid type for argument 'first': expected string, found int\n\tat transform.tengo:9:14", "errors.go"),
                      (U, "Compile Error: unresolved reference 'node_id'\n\tat filter.tengo:4:9", "compiler.go"),
                      (U, "Compile Error: module 'stemedb' not found\n\tat filter.tengo:1:8", "compiler.go"),
                      (S, "Compile Error: module file read error: open /etc/stemedb/scripts/util.tengo: permission denied\n\tat filter.tengo:2:8", "compiler.go"),
                      (Z, "Parse Error: expected operand, found '}'\n\tat filter.tengo:14:1", "parser/parser.go"),
                      (Z, "Parse Error: expected boolean expression, found assignment\n\tat filter.tengo:5:4", "parser/parser.go")]:
        add(R, p, typ, m)

    # --- mattn/anko: parser.Error / vm.Error (Error() = Message) ---
    R = "mattn/anko"
    for typ, m, p in [(Z, "syntax error on '@' at 3:14", "parser/lexer.go"),
                      (Z, "syntax error: unexpected ','", "parser/parser.go"),
                      (U, "undefined symbol 'node_id'", "env/envValues.go"),
                      (U, "execution interrupted", "vm/vm.go"),
                      (U, "no member named 'Replicas' for struct", "vm/vmExpr.go"),
                      (U, "function wants argument type int64 but received type string", "vm/vmExprFunction.go")]:
        add(R, p, typ, m)

    # --- risor-io/risor: parser errors ("parse error: ..."), typed errors (type/args/value/limit/import error), ssh module ---
    R = "risor-io/risor"
    for typ, m, p in [(Z, "parse error: invalid syntax (unexpected \"}\")", "parser/parser.go"),
                      (Z, "parse error: unexpected newline while parsing an import statement (expected identifier)", "parser/parser.go"),
                      (U, "type error: object has no attribute \"replicas\"", "object/base.go"),
                      (U, "args error: len() takes exactly 1 arguments (2 given)", "object/errors.go"),
                      (Z, "value error: invalid literal for int(): \"18182a\"", "builtins/builtins.go"),
                      (U, "limit error: reached maximum number of http requests (100)", "limits/standard_limits.go"),
                      (U, "import error: module \"stemedb_helpers\" not found", "importer/importer.go"),
                      (S, "failed to create host key callback: open /home/stemedb/.ssh/known_hosts: no such file or directory", "modules/ssh/ssh.go"),
                      (N, "failed to connect to 10.0.0.12:22: dial tcp 10.0.0.12:22: connect: connection refused", "modules/ssh/ssh.go"),
                      (T, "failed to connect to 10.0.0.12:22: dial tcp 10.0.0.12:22: i/o timeout", "modules/ssh/ssh.go"),
                      (A, "failed to connect to 10.0.0.12:22: ssh: handshake failed: ssh: unable to authenticate, attempted methods [none password], no supported methods remain", "modules/ssh/ssh.go"),
                      (Z, "failed to parse private key: ssh: no key found", "modules/ssh/ssh.go")]:
        add(R, p, typ, m)

    # --- benhoyt/goawk: ParseError ("parse error at L:C: msg"), interp.Error texts ---
    R = "benhoyt/goawk"
    for typ, m, p in [(Z, "parse error at 3:17: expected ; or newline between statements", "parser/parser.go"),
                      (Z, "parse error at 1:12: expected expression instead of }", "parser/parser.go"),
                      (Z, "parse error at 2:5: can't have newline in string", "lexer/lexer.go"),
                      (U, "division by zero in mod", "interp/vm.go"),
                      (U, "calling \"walk\" exceeded maximum call depth of 1000", "interp/vm.go"),
                      (U, "can't read from file due to NoFileReads", "interp/io.go"),
                      (S, "output redirection error: open /var/log/stemedb/report.txt: permission denied", "interp/io.go"),
                      (S, "error reading from input: read /var/lib/stemedb/export/agents.csv: input/output error", "interp/io.go"),
                      (Z, "invalid regex \"[0-9\": error parsing regexp: missing closing ]: `[0-9`", "interp/interp.go")]:
        add(R, p, typ, m)


# part_qh (Go chat, collaboration and messaging servers): ergochat/ergo, emersion/soju, strukturag/nextcloud-spreed-signaling, mautrix/go, mautrix/whatsapp, openimsdk/open-im-server, Terry-Mao/goim, mattermost/focalboard read from their newest snapshots via fetch (git show HEAD:<path>); mattermost/mattermost (snapshot too large to fetch) read file by file with read_file, AppError translations read in server/i18n/en.json. Each message was read in the file named beside it (errors.New/fmt.Errorf texts, Error() methods, log.Printf/logger lines, zerolog Msg texts, bridge-state human texts); wrapper formats were read in the library that builds them (openimsdk/tools errs/coderr.go and errs/error.go for OpenIM's "msg: code Name" shape, mattermost server/public AppError.Error() for "Where: Message, detail"). Placeholders are filled plausibly; inner Go errors (dial tcp ..., open ...: permission denied, bcrypt, pgx, go-sql-driver, encoding/json) are typical fills, not read in these repositories.
def _part_qh(add):
    # --- ergochat/ergo (IRC server): irc/errors.go vars and Error() methods, fmt.Errorf texts ---
    R = "ergochat/ergo"
    for typ, m, p in [
        (S, "Datastore path /var/lib/ergo/ircd.db is inaccessible: stat /var/lib/ergo/ircd.db: permission denied", "irc/database.go"),
        (S, "failed to acquire flock on /var/lib/ergo/ircd.lock: Couldn't acquire flock (is another Ergo running?)", "irc/server.go"),
        (S, "could not insert item: Error 1114 (HY000): The table 'history' is full", "irc/mysql/history.go"),
        (A, "Invalid account credentials", "irc/errors.go"),
        (A, "OAuth 2.0 bearer token invalid", "irc/oauth2/oauth2.go"),
        (N, "failed to send OAuth 2.0 introspection request: Post \"https://auth.example.com/oauth2/introspect\": dial tcp 10.0.0.12:443: connect: connection refused", "irc/oauth2/oauth2.go"),
        # "Operation timed out" (irc/errors.go) left out: a catalogue text.
        (Z, "Message rejected for invalid utf8", "irc/errors.go"),
        (Z, "Invalid PEM data for DKIM private key", "irc/email/dkim.go"),
        (U, "Compare-and-swap update of database value failed", "irc/errors.go"),
        (U, "Please wait at least 2.5s and try again", "irc/errors.go"),
    ]:
        add(R, p, typ, m)

    # --- emersion/soju (IRC bouncer): fmt.Errorf / errors.New texts, auth Error() returns the inner error ---
    R = "emersion/soju"
    for typ, m, p in [
        (A, "HTTP auth server returned forbidden", "auth/http.go"),
        (A, "wrong password: crypto/bcrypt: hashedPassword is not the hash of the given password", "database/database.go"),
        (N, "failed to connect to PostgreSQL: failed to connect to `user=soju database=soju`: 10.0.0.12:5432 (db.example.com): dial error: dial tcp 10.0.0.12:5432: connect: connection refused", "database/postgres.go"),
        (S, "failed to open message log file \"/var/lib/soju/logs/alice/irc.libera.chat/#stemedb/2026-04-13.log\": open /var/lib/soju/logs/alice/irc.libera.chat/#stemedb/2026-04-13.log: permission denied", "msgstore/fs.go"),
        (S, "failed to log message to \"/var/lib/soju/logs/alice/irc.libera.chat/#stemedb/2026-04-13.log\": write /var/lib/soju/logs/alice/irc.libera.chat/#stemedb/2026-04-13.log: no space left on device", "msgstore/fs.go"),
        (N, "the configured TLS certificate fingerprint doesn't match the server's - 9b1f4c2a7e0d83f65a1c9e4b7d20f8a3c6e5b1d94f0a7c3e82b6d1f4a9c0e7b35d2f8a1c6e4b9d03f7a2c5e8b1d4f6a90c3e7b2d5f8a1c4e6b9d02f7a3c5e8b1d4", "upstream.go"),
        (N, "failed to resolve host \"irc.libera.chat\": lookup irc.libera.chat on 127.0.0.53:53: no such host", "upstream.go"),
        (T, "failed to connect: dial tcp 10.0.0.12:6697: i/o timeout", "user.go"),
        (Z, "malformed ISUPPORT PREFIX value: (ov@+", "upstream.go"),
        (U, "fetching files is not supported for the file-upload http backend", "fileupload/http.go"),
    ]:
        add(R, p, typ, m)

    # --- strukturag/nextcloud-spreed-signaling: errors.New texts, api.NewError messages (Error() returns Message), logger.Printf lines ---
    R = "strukturag/nextcloud-spreed-signaling"
    for typ, m, p in [
        (A, "The passed token is invalid.", "server/hub.go"),
        (A, "The token is expired.", "server/hub.go"),
        (N, "Could not send request {\"type\":\"room\",\"room\":{\"version\":\"1.0\",\"roomid\":\"k3b9x2pq\",\"userid\":\"alice\",\"action\":\"join\"}} to https://cloud.example.com/ocs/v2.php/apps/spreed/api/v3/signaling/backend: Post \"https://cloud.example.com/ocs/v2.php/apps/spreed/api/v3/signaling/backend\": dial tcp 10.0.0.12:443: connect: connection refused", "talk/backend_client.go"),
        (N, "Could not send ping to proxy at wss://proxy1.example.com/proxy: write tcp 10.0.0.5:43122->10.0.0.12:443: write: broken pipe", "sfu/proxy/proxy.go"),
        (Z, "Could not decode OCS response <html><head><title>502 Bad Gateway</title></head></html> from https://cloud.example.com/ocs/v2.php/apps/spreed/api/v3/signaling/backend: invalid character '<' looking for beginning of value", "talk/backend_client.go"),
        (T, "Timeout waiting for etcd client to connect to the cluster, retry in 4s", "etcd/client.go"),
        (T, "Timeout while creating video publisher 8f3c2a1b for aXFzZGZnaGprbDEyMzQ1Ng", "cmd/proxy/proxy_server.go"),
        (U, "the sessions block key must be 16, 24 or 32 bytes but is 20 bytes", "server/hub.go"),
        (U, "GeoIP database not initialized yet", "geoip/maxmind.go"),
    ]:
        add(R, p, typ, m)
    add(R, "session/sessionid_codec.go", A, "invalid hmac in session id", True)

    # --- mautrix/go (Matrix client/appservice/bridge framework): errors.New vars, HTTPError/RespError Error() formats ---
    R = "mautrix/go"
    for typ, m, p in [
        (Z, "corrupted megolm payload: ciphertext too short (12 bytes)", "crypto/decryptmegolm.go"),
        (Z, "mismatching SHA-256 digest", "crypto/attachment/attachments.go"),
        (N, "request error: Get \"https://matrix.example.com/_matrix/client/v3/sync?since=s72594_4483_1934&timeout=30000\": dial tcp 10.0.0.12:443: connect: connection refused", "client.go"),
        (Z, "failed to unmarshal response body: unexpected end of JSON input", "client.go"),
        (A, "M_UNKNOWN_TOKEN: Invalid access token", "appservice/http.go"),
        (N, "websocket closed before response received", "appservice/websocket.go"),
        (T, "Login process timed out", "bridgev2/matrix/provisioninglogin.go"),
        (T, "remote echo timed out", "bridgev2/errors.go"),
        (U, "this bridge does not support edits", "bridgev2/errors.go"),
    ]:
        add(R, p, typ, m)
    add(R, "crypto/devicelist.go", A, "invalid signature on device keys", True)
    add(R, "crypto/cross_sign_signing.go", A, "mismatching cross-signing master key MAC", True)

    # --- mautrix/whatsapp (Matrix-WhatsApp bridge): bridge-state human errors, fmt.Errorf texts, zerolog Msg ---
    R = "mautrix/whatsapp"
    for typ, m, p in [
        (N, "Connecting to the WhatsApp web servers failed.", "pkg/connector/handlewhatsapp.go"),
        (N, "Disconnected from WhatsApp. Trying to reconnect.", "pkg/connector/handlewhatsapp.go"),
        (A, "You were logged out from another device. Relogin to continue using the bridge.", "pkg/connector/handlewhatsapp.go"),
        (U, "Stream replaced: the bridge was started in another location.", "pkg/connector/handlewhatsapp.go"),
        (Z, "invalid TIFF magic", "pkg/msgconv/wa-sticker.go"),
        (Z, "failed to parse sticker metadata JSON: unexpected end of JSON input", "pkg/msgconv/wa-sticker.go"),
        (Z, "unexpected EOF (wanted 32+1 bytes, only have 17)", "pkg/waid/mediaid.go"),
        (U, "animation.json is too large (12.40 MiB)", "pkg/msgconv/wa-sticker.go"),
        (U, "cannot set room topic for DM", "pkg/connector/handlematrix.go"),
    ]:
        add(R, p, typ, m)

    # --- openimsdk/open-im-server: servererrs/errs CodeError ("<code> <Name>"), WrapMsg ("msg, k=v: cause") ---
    R = "openimsdk/open-im-server"
    for typ, m, p in [
        (A, "token uid 4285710002 != userID 4285710003: 1502 TokenInvalidError", "internal/msggateway/ws_server.go"),
        (A, "1507 TokenNotExistError", "internal/rpc/auth/auth.go"),
        (A, "1506 TokenKickedError", "internal/rpc/auth/auth.go"),
        (A, "secret invalid: 1002 NoPermissionError", "internal/rpc/auth/auth.go"),
        (N, "Post \"http://10.0.0.12:10006/callbackExample/callbackBeforeSendSingleMsgCommand\": dial tcp 10.0.0.12:10006: connect: connection refused, post url=http://10.0.0.12:10006/callbackExample/callbackBeforeSendSingleMsgCommand: 90004 NetworkError", "pkg/common/webhook/http_client.go"),
        (Z, "90007 DataError invalid character '<' looking for beginning of value response format error", "pkg/common/webhook/http_client.go"),
        (Z, "data is not base64: 1602 args err, need token, sendID, platformID", "internal/msggateway/context.go"),
        (Z, "GzipCompressor.DeCompress: NewReader creation failed: gzip: invalid header", "internal/msggateway/compressor.go"),
        (N, "conn has closed", "internal/msggateway/client.go"),
        (U, "over max conn num limit: 1601 ConnOverMaxNumLimit", "internal/msggateway/ws_server.go"),
    ]:
        add(R, p, typ, m)

    # --- Terry-Mao/goim (IM push server): errors.New vars, log.Errorf lines, fmt.Errorf texts ---
    R = "Terry-Mao/goim"
    for typ, m, p in [
        (T, "key: 6f1e2c3a-9b7d-4e21-a0c5-3d8f1b2e7c90 remoteIP: 10.0.0.12:53422 step: 1 tcp handshake timeout", "internal/comet/server_tcp.go"),
        (T, "close comet(server:comet-node2 push:32 room:32 broadcast:32) timeout", "internal/job/comet.go"),
        (Z, "default server codec pack length error", "api/protocol/protocol.go"),
        (Z, "json.Unmarshal({\"mid\":123,\"room_id\":\"live://1000\",\"platform\":\"web\",\"accepts\":[1000,1001) error(unexpected end of JSON input)", "internal/logic/conn.go"),
        (N, "logic rpc is not available", "internal/comet/errors/errors.go"),
        (N, "net.ListenTCP(tcp, 0.0.0.0:3101) error(listen tcp 0.0.0.0:3101: bind: address already in use)", "internal/comet/server_tcp.go"),
        (N, "conn.Flush() error(dial tcp 10.0.0.12:6379: connect: connection refused)", "internal/logic/dao/redis.go"),
        (U, "ring buffer full", "internal/comet/errors/errors.go"),
        (U, "signal channel full, msg dropped", "internal/comet/errors/errors.go"),
    ]:
        add(R, p, typ, m)

    # --- mattermost/focalboard (boards server): errors.New vars, model error Error() formats, fmt.Errorf texts ---
    R = "mattermost/focalboard"
    for typ, m, p in [
        (A, "invalid single user token", "server/api/auth.go"),
        (A, "no session token", "server/auth/auth.go"),
        (A, "access denied to make board changes", "server/api/blocks.go"),
        (S, "unable to store the file in the files storage: unable write the data in the file /var/lib/focalboard/files/teamid/bq3m9x4k7d/7t1q8r2w5y.png: write /var/lib/focalboard/files/teamid/bq3m9x4k7d/7t1q8r2w5y.png: no space left on device", "server/app/files.go"),
        (Z, "error parsing archive line 12: invalid character '}' looking for object key string", "server/app/import.go"),
        (Z, "cannot parse version.json: unexpected end of JSON input", "server/app/import.go"),
        (U, "{board metadata BoardID=b7wnw9awd4pnefryhq51apbzb4c} not found", "server/api/boards.go"),
        (U, "cannot leave a board with no admins", "server/model/error.go"),
        (U, "cannot delete a system category", "server/app/category.go"),
        (U, "request entity too large", "server/model/error.go"),
    ]:
        add(R, p, typ, m)

    # --- mattermost/mattermost: filestore errors.Wrapf texts, store error Error() formats, sqlstore Wrapf texts, AppError "Where: Message, detail" ---
    R = "mattermost/mattermost"
    for typ, m, p in [
        (S, "unable to open the file /opt/mattermost/data/20260411/teams/noteam/channels/4xp9bq1rjt8ymkh3z6w5dc7ga/users/9qk3nd81bjrfxbq7e6uwyn4aoc/ht8g2kqz5jdo3p7r1mwbx6e4fy/report.pdf to write the data: open /opt/mattermost/data/20260411/teams/noteam/channels/4xp9bq1rjt8ymkh3z6w5dc7ga/users/9qk3nd81bjrfxbq7e6uwyn4aoc/ht8g2kqz5jdo3p7r1mwbx6e4fy/report.pdf: permission denied", "server/platform/shared/filestore/localstore.go"),
        (S, "unable to write to the local filesystem storage: unable write the data in the file /opt/mattermost/data/testfile: write /opt/mattermost/data/testfile: no space left on device", "server/platform/shared/filestore/localstore.go"),
        (S, "WriteFile: Unable to write the file., unable to open the file /opt/mattermost/data/users/9qk3nd81bjrfxbq7e6uwyn4aoc/profile.png to write the data: open /opt/mattermost/data/users/9qk3nd81bjrfxbq7e6uwyn4aoc/profile.png: read-only file system", "server/channels/app/file.go"),
        (T, "unable write the data in the file data/20260411/teams/noteam/channels/4xp9bq1rjt8ymkh3z6w5dc7ga/users/9qk3nd81bjrfxbq7e6uwyn4aoc/ht8g2kqz5jdo3p7r1mwbx6e4fy/video.mp4: Put \"https://s3.example.com/mattermost-files/data/20260411/teams/noteam/channels/4xp9bq1rjt8ymkh3z6w5dc7ga/users/9qk3nd81bjrfxbq7e6uwyn4aoc/ht8g2kqz5jdo3p7r1mwbx6e4fy/video.mp4\": context deadline exceeded", "server/platform/shared/filestore/s3store.go"),
        (T, "failed to find Sessions with userId=9qk3nd81bjrfxbq7e6uwyn4aoc: context deadline exceeded", "server/channels/store/sqlstore/session_store.go"),
        (N, "failed to save Session with id=x4c8n1qz7bgd3m9yk2w6tfe5ro: dial tcp 10.0.0.12:5432: connect: connection refused", "server/channels/store/sqlstore/session_store.go"),
        (U, "resource \"Session\" not found, id: sessionIdOrToken=x4c8n1qz7bgd3m9yk2w6tfe5ro", "server/channels/store/sqlstore/session_store.go"),
        (U, "given session roles length (300) exceeds max storage limit (256)", "server/channels/store/sqlstore/session_store.go"),
        (U, "createPost: Unable to process request. Request body too large., Use the setting `MaximumPayloadSizeBytes` in Mattermost config to configure allowed payload limit. Learn more about this setting in Mattermost docs at https://docs.mattermost.com/configure/environment-configuration-settings.html#maximum-payload-size", "server/channels/web/handlers.go"),
        (A, "ServeHTTP: Invalid or expired session, please login again., token=p7d3kq9xbt8yfm1cz4ewr6nhga Appears to be a CSRF attempt", "server/channels/web/handlers.go"),
    ]:
        add(R, p, typ, m)


def holdout45(add):
    for part in (_part_qe, _part_qf, _part_qg, _part_qh):
        part(add)
