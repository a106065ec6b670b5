using System.Text.Json.Serialization;

namespace Competition.Domain.Scoring;

[JsonConverter(typeof(CamelCaseEnumConverter<CriterionKind>))]
public enum CriterionKind { Judgement, Measurement, Deduction }

[JsonConverter(typeof(CamelCaseEnumConverter<AggregationRule>))]
public enum AggregationRule { Mean, TrimmedMean, Median }
