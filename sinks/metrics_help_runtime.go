package sinks

import "strings"

// runtimeHelp describes the go_* and process_* families the metrics library
// writes (WriteProcessMetrics, WriteFDMetrics); their types come from the
// library. Merged into MetricHelp at init.
var runtimeHelp = map[string]string{
	"go_gc_cpu_seconds_total":             "CPU seconds spent by the Go garbage collector.",
	"go_gc_duration_seconds":              "Pause durations of Go garbage collections, in seconds.",
	"go_gc_mark_assist_cpu_seconds_total": "CPU seconds goroutines spent assisting the garbage collector.",
	"go_gc_pauses_seconds":                "Distribution of stop-the-world garbage collection pauses, in seconds.",
	"go_gomaxprocs":                       "GOMAXPROCS: OS threads that may run Go code at once.",
	"go_goroutines":                       "Goroutines that currently exist.",
	"go_info":                             "Always 1; the version label is the Go release the binary was built with.",
	"go_info_ext":                         "Always 1; the labels are Go runtime settings (GOGC, GOMEMLIMIT).",
	"go_memlimit_bytes":                   "The Go runtime's soft memory limit (GOMEMLIMIT), in bytes.",
	"go_memstats_alloc_bytes":             "Bytes of allocated heap objects.",
	"go_memstats_alloc_bytes_total":       "Bytes allocated for heap objects since start.",
	"go_memstats_buck_hash_sys_bytes":     "Bytes used by the profiling bucket hash table.",
	"go_memstats_frees_total":             "Heap objects freed since start.",
	"go_memstats_gc_cpu_fraction":         "Fraction of CPU time used by the garbage collector since start.",
	"go_memstats_gc_sys_bytes":            "Bytes of memory in garbage collection metadata.",
	"go_memstats_heap_alloc_bytes":        "Bytes of allocated heap objects.",
	"go_memstats_heap_idle_bytes":         "Bytes in idle (unused) heap spans.",
	"go_memstats_heap_inuse_bytes":        "Bytes in in-use heap spans.",
	"go_memstats_heap_objects":            "Allocated heap objects.",
	"go_memstats_heap_released_bytes":     "Bytes of physical memory returned to the OS.",
	"go_memstats_heap_sys_bytes":          "Bytes of heap memory obtained from the OS.",
	"go_memstats_last_gc_time_seconds":    "Time the last garbage collection finished, in seconds since the Unix epoch.",
	"go_memstats_lookups_total":           "Pointer lookups performed by the runtime.",
	"go_memstats_mallocs_total":           "Heap objects allocated since start.",
	"go_memstats_mcache_inuse_bytes":      "Bytes of allocated mcache structures.",
	"go_memstats_mcache_sys_bytes":        "Bytes of memory obtained from the OS for mcache structures.",
	"go_memstats_mspan_inuse_bytes":       "Bytes of allocated mspan structures.",
	"go_memstats_mspan_sys_bytes":         "Bytes of memory obtained from the OS for mspan structures.",
	"go_memstats_next_gc_bytes":           "Heap size target of the next garbage collection, in bytes.",
	"go_memstats_other_sys_bytes":         "Bytes of memory in miscellaneous runtime allocations.",
	"go_memstats_stack_inuse_bytes":       "Bytes in stack spans.",
	"go_memstats_stack_sys_bytes":         "Bytes of stack memory obtained from the OS.",
	"go_memstats_sys_bytes":               "Total bytes of memory obtained from the OS by the Go runtime.",
	"go_mutex_wait_seconds_total":         "Seconds goroutines spent blocked on mutexes.",
	"go_scavenge_cpu_seconds_total":       "CPU seconds spent returning memory to the OS.",
	"go_sched_latencies_seconds":          "Distribution of time goroutines waited to be scheduled, in seconds.",
	"go_threads":                          "OS threads created by the Go runtime.",

	"process_cgroup_cpu_throttled_seconds_total":    "Seconds the process's cgroup was throttled by its CPU quota.",
	"process_cpu_seconds_system_total":              "CPU seconds spent in the kernel on behalf of the process.",
	"process_cpu_seconds_total":                     "CPU seconds used by the process (user and system).",
	"process_cpu_seconds_user_total":                "CPU seconds spent in user mode.",
	"process_io_read_bytes_total":                   "counter: Bytes read by the process (read syscalls, page cache included).",
	"process_io_read_syscalls_total":                "counter: Read syscalls made by the process.",
	"process_io_storage_read_bytes_total":           "counter: Bytes the process caused to be read from storage.",
	"process_io_storage_written_bytes_total":        "counter: Bytes the process caused to be written to storage.",
	"process_io_write_syscalls_total":               "counter: Write syscalls made by the process.",
	"process_io_written_bytes_total":                "counter: Bytes written by the process (write syscalls).",
	"process_major_pagefaults_total":                "Page faults that needed a read from disk.",
	"process_max_fds":                               "Maximum open file descriptors (RLIMIT_NOFILE).",
	"process_minor_pagefaults_total":                "Page faults served without disk reads.",
	"process_num_threads":                           "OS threads of the process.",
	"process_open_fds":                              "Open file descriptors.",
	"process_pressure_cpu_stalled_seconds_total":    "Seconds all tasks of the process's cgroup stalled on CPU (PSI full).",
	"process_pressure_cpu_waiting_seconds_total":    "Seconds some task of the process's cgroup waited for CPU (PSI some).",
	"process_pressure_io_stalled_seconds_total":     "Seconds all tasks of the process's cgroup stalled on IO (PSI full).",
	"process_pressure_io_waiting_seconds_total":     "Seconds some task of the process's cgroup waited for IO (PSI some).",
	"process_pressure_memory_stalled_seconds_total": "Seconds all tasks of the process's cgroup stalled on memory (PSI full).",
	"process_pressure_memory_waiting_seconds_total": "Seconds some task of the process's cgroup waited for memory (PSI some).",
	"process_resident_memory_anon_bytes":            "Resident anonymous memory, in bytes.",
	"process_resident_memory_bytes":                 "Resident memory, in bytes.",
	"process_resident_memory_file_bytes":            "Resident file-backed memory, in bytes.",
	"process_resident_memory_peak_bytes":            "Peak resident memory, in bytes.",
	"process_resident_memory_shared_bytes":          "Resident shared memory, in bytes.",
	"process_start_time_seconds":                    "Start time of the process, in seconds since the Unix epoch.",
	"process_virtual_memory_bytes":                  "Virtual memory size, in bytes.",
	"process_virtual_memory_peak_bytes":             "Peak virtual memory size, in bytes.",
}

// renamed are library families whose names break Prometheus' naming rules
// (a counter without _total, a gauge ending in _count): WriteExposition
// exposes them under the name given here.
var renamed = map[string]string{
	"go_cgo_calls_count": "go_cgo_calls_total",
	"go_gc_forced_count": "go_gc_forced_total",
	"go_cpu_count":       "go_cpus",
}

var renamedHelp = map[string]MetricMeta{
	"go_cgo_calls_total": {"counter", "Calls from Go to C made by the process (sd-journal, when the native reader runs in process)."},
	"go_gc_forced_total": {"counter", "Garbage collections forced by the application."},
	"go_cpus":            {"gauge", "Logical CPUs usable by the process."},
}

func init() {
	for name, help := range runtimeHelp {
		if _, ok := MetricHelp[name]; ok {
			continue
		}
		m := MetricMeta{Help: help}
		if t, h, ok := strings.Cut(help, ": "); ok && t == "counter" {
			m = MetricMeta{Type: "counter", Help: h}
		}
		MetricHelp[name] = m
	}
	for name, m := range renamedHelp {
		MetricHelp[name] = m
	}
}
