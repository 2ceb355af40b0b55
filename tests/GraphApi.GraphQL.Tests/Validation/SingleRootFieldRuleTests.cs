using GraphApi.GraphQL.Validation;
using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;

namespace GraphApi.GraphQL.Tests.Validation;

public class SingleRootFieldRuleTests
{
    [Fact]
    public void One_root_field_is_fine()
    {
        ExpectValid<SingleRootFieldRule>("subscription ImportantEmails { importantEmails }");
        ExpectValid<SingleRootFieldRule>("subscription { ...F } fragment F on SubscriptionRoot { importantEmails }");
        ExpectValid<SingleRootFieldRule>("subscription { importantEmails importantEmails }");
    }

    [Fact]
    public void Queries_may_select_many_fields() =>
        ExpectValid<SingleRootFieldRule>("query { dog { name } cat { name } __typename }");

    [Fact]
    public void More_than_one_root_field_is_reported_at_the_extra_fields()
    {
        ExpectErrors<SingleRootFieldRule>(
            "subscription ImportantEmails { importantEmails notImportantEmails spamEmails }",
            Error("Subscription \"ImportantEmails\" must select only one top level field.", (1, 48), (1, 67)));
        ExpectErrors<SingleRootFieldRule>(
            "subscription { importantEmails ... on SubscriptionRoot { spamEmails } }",
            Error("Anonymous Subscription must select only one top level field.", (1, 58)));
    }

    [Fact]
    public void Fields_from_fragments_count()
    {
        ExpectErrors<SingleRootFieldRule>(
            "subscription S { ...F }\nfragment F on SubscriptionRoot { importantEmails notImportantEmails }",
            Error("Subscription \"S\" must select only one top level field.", (2, 50)));
    }

    [Fact]
    public void Introspection_root_fields_are_reported()
    {
        ExpectErrors<SingleRootFieldRule>(
            "subscription S { __typename }",
            Error("Subscription \"S\" must not select an introspection top level field.", (1, 18)));
        ExpectErrors<SingleRootFieldRule>(
            "subscription { __typename }",
            Error("Anonymous Subscription must not select an introspection top level field.", (1, 16)));
    }

    [Fact]
    public void Literal_skip_and_include_are_honoured_as_collect_fields_does()
    {
        ExpectValid<SingleRootFieldRule>("subscription { importantEmails spamEmails @skip(if: true) deletedEmails @include(if: false) }");
        ExpectErrors<SingleRootFieldRule>(
            "subscription S($b: Boolean!) { importantEmails spamEmails @skip(if: $b) }",
            Error("Subscription \"S\" must select only one top level field.", (1, 48)));
    }
}
