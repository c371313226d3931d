package testenv

import dto "github.com/prometheus/client_model/go"

// MetricValues returns, for the family f, label value -> value: the series'
// values (counter, gauge or untyped) summed by their value of label ("" for
// series without it, or for all of them when label is ""). A nil family
// gives an empty map. For tests that read /metrics through expfmt.
func MetricValues(f *dto.MetricFamily, label string) map[string]float64 {
	out := map[string]float64{}
	if f == nil {
		return out
	}
	for _, m := range f.Metric {
		key := ""
		for _, l := range m.Label {
			if l.GetName() == label {
				key = l.GetValue()
			}
		}
		switch {
		case m.Counter != nil:
			out[key] += m.Counter.GetValue()
		case m.Gauge != nil:
			out[key] += m.Gauge.GetValue()
		case m.Untyped != nil:
			out[key] += m.Untyped.GetValue()
		}
	}
	return out
}
