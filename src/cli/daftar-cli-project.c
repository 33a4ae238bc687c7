/* daftar-cli-project.c — daftar-cli project add|edit|list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "daftar-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "daftar-cli-private.h"
#include "daftar-json.h"
#include "daftar-money-format.h"

/* The options project add and edit share, as typed; NULL when not given */
typedef struct
{
  char         *name;   /* edit only */
  char         *platform;
  char         *category;
  char         *pricing;
  char         *rate;
  char         *price;
  char         *currency;
  char         *client;
  char         *specialty;
  GOptionEntry  entries[11];
} ProjectOptions;

static void
project_options_clear (ProjectOptions *o)
{
  g_free (o->name);
  g_free (o->platform);
  g_free (o->category);
  g_free (o->pricing);
  g_free (o->rate);
  g_free (o->price);
  g_free (o->currency);
  g_free (o->client);
  g_free (o->specialty);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ProjectOptions, project_options_clear)

/* Fills @o's option entries: --name first for edit, then the ones both take. */
static void
project_options_init (ProjectOptions *o,
                      gboolean        edit)
{
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &o->name, N_("A new name"), N_("NAME") },
    { "platform", 0, 0, G_OPTION_ARG_STRING, &o->platform, N_("Platform: upwork, fiverr, freelancer, peopleperhour, outlier, mercor, dataannotation, remotasks, prolific, direct or other"), N_("PLATFORM") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &o->category, N_("Category: writing, translation, graphic-design, web-software, data-entry, data-science, ai-training, prompt-engineering, video, consulting or other"), N_("CATEGORY") },
    { "pricing", 0, 0, G_OPTION_ARG_STRING, &o->pricing, N_("How it is paid: hourly, fixed or per-task"), N_("PRICING") },
    { "rate", 0, 0, G_OPTION_ARG_STRING, &o->rate, N_("Hourly rate, for hourly projects"), N_("AMOUNT") },
    { "price", 0, 0, G_OPTION_ARG_STRING, &o->price, N_("Price, for fixed-price projects"), N_("AMOUNT") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &o->currency, N_("Currency of the rate or price, e.g. USD"), N_("CODE") },
    { "client", 0, 0, G_OPTION_ARG_STRING, &o->client, edit ? N_("The client’s name (\"\" for none)") : N_("The client’s name"), N_("NAME") },
    { "specialty", 0, 0, G_OPTION_ARG_STRING, &o->specialty, N_("AI training only, the kind of work: generalist, coding, stem, language or professional (legal, medical, finance); compared with the market’s figures for it"), N_("SPECIALTY") },
    { NULL }
  };

  G_STATIC_ASSERT (sizeof entries <= sizeof o->entries);
  if (edit)
    memcpy (o->entries, entries, sizeof entries);
  else
    memcpy (o->entries, entries + 1, sizeof entries - sizeof entries[0]);
}

/* --category and --pricing where given, and @currency, into @draft */
static gboolean
read_project_keys (const ProjectOptions  *o,
                   const char            *currency,
                   char                   code[4],
                   DaftarProjectDraft    *draft,
                   GError               **error)
{
  if (o->category != NULL && !daftar_category_from_key (o->category, &draft->category))
    {
      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_CATEGORY,
                   _("Unknown category “%s”. Run “daftar-cli project add --help” for the list."), o->category);
      return FALSE;
    }

  if (o->pricing != NULL && !daftar_pricing_from_key (o->pricing, &draft->pricing))
    {
      g_set_error (error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_PRICING,
                   _("Unknown pricing “%s”: use hourly, fixed or per-task."), o->pricing);
      return FALSE;
    }

  if (!daftar_currency_normalize (currency, code, error))
    return FALSE;
  draft->currency = code;
  return TRUE;
}

/* --rate and --price where given, in @draft's currency */
static gboolean
read_project_amounts (const ProjectOptions  *o,
                      DaftarProjectDraft    *draft,
                      DaftarFormat          *format,
                      GError               **error)
{
  return (o->rate == NULL ||
          daftar_cli_parse_amount (o->rate, draft->currency, "--rate", &draft->rate_minor, format, error)) &&
         (o->price == NULL ||
          daftar_cli_parse_amount (o->price, draft->currency, "--price", &draft->price_minor, format, error));
}

static int
project_add (DaftarCli  *cli,
             int         argc,
             char      **argv)
{
  g_autofree char *number = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_auto(ProjectOptions) o = { 0 };
  DaftarProjectDraft draft = { 0 };
  char code[4];
  gint64 id;
  int status;

  project_options_init (&o, FALSE);
  if (!daftar_cli_parse_args (cli, "project add", _("NAME — add a project"),
                              o.entries, 1, _("Give the project’s name, in quotes if it has spaces."),
                              &argc, &argv, &status))
    return status;
  if (o.platform == NULL || o.category == NULL || o.pricing == NULL || o.currency == NULL)
    return daftar_cli_usage_error (cli, _("--platform, --category, --pricing and --currency are required."));

  if (!read_project_keys (&o, o.currency, code, &draft, &error))
    return daftar_cli_fail (cli, error);

  draft.name = argv[1];
  draft.client = o.client;
  draft.platform = o.platform;
  draft.has_rate = o.rate != NULL;
  draft.has_price = o.price != NULL;
  draft.specialty = o.specialty;
  if (o.specialty != NULL && *g_strstrip (o.specialty) == '\0')
    {
      g_set_error_literal (&error, DAFTAR_VALIDATION_ERROR, DAFTAR_VALIDATION_ERROR_SPECIALTY,
                           _("--specialty needs one of generalist, coding, stem, language or professional; "
                             "leave it out for none."));
      return daftar_cli_fail (cli, error);
    }

  if (!read_project_amounts (&o, &draft, daftar_context_get_format (cli->context), &error))
    return daftar_cli_fail (cli, error);

  if (!daftar_cli_open_store (cli, &error) ||
      !daftar_store_add_project (cli->store, &draft, &id, &error) ||
      !(project = daftar_store_get_project (cli->store, id, &error)))
    return daftar_cli_fail (cli, error);

  number = daftar_format_id (daftar_context_get_format (cli->context), id);
  g_print (_("Added project %s: %s\n"), number, project->name);
  return DAFTAR_CLI_OK;
}

/* project edit PROJECT [--name …] …: what is given changes, the rest stays. */
static int
project_edit (DaftarCli  *cli,
              int         argc,
              char      **argv)
{
  g_autofree char *number = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DaftarProject) project = NULL;
  g_autoptr(DaftarProject) updated = NULL;
  g_auto(ProjectOptions) o = { 0 };
  DaftarProjectDraft draft = { 0 };
  char code[4];
  int status;

  project_options_init (&o, TRUE);
  if (!daftar_cli_parse_args (cli, "project edit", _("PROJECT — change a project: only what is given (--specialty \"\" removes it)"),
                              o.entries, 1, _("Give the project’s name or id."),
                              &argc, &argv, &status))
    return status;

  if (!(project = daftar_cli_find_project (cli, argv[1], &error)))
    return daftar_cli_fail (cli, error);

  draft.name = o.name != NULL ? o.name : project->name;
  draft.client = o.client != NULL ? o.client : project->client;
  draft.platform = o.platform != NULL ? o.platform : project->platform_key;
  draft.category = project->category;
  draft.pricing = project->pricing;
  if (!read_project_keys (&o, o.currency != NULL ? o.currency : project->currency, code, &draft, &error))
    return daftar_cli_fail (cli, error);

  /* The rate and price stay only where the pricing still takes them. */
  draft.has_rate = project->has_rate && draft.pricing == DAFTAR_PRICING_HOURLY;
  draft.rate_minor = project->rate_minor;
  draft.has_price = project->has_price && draft.pricing == DAFTAR_PRICING_FIXED;
  draft.price_minor = project->price_minor;
  if (!read_project_amounts (&o, &draft, daftar_context_get_format (cli->context), &error))
    return daftar_cli_fail (cli, error);
  draft.has_rate |= o.rate != NULL;
  draft.has_price |= o.price != NULL;

  /* A specialty stays while the category has them. */
  if (o.specialty != NULL)
    draft.specialty = o.specialty;
  else if (project->has_specialty && daftar_category_has_specialties (draft.category))
    draft.specialty = daftar_specialty_to_key (project->specialty);

  if (!daftar_store_update_project (cli->store, project->id, &draft, &error) ||
      !(updated = daftar_store_get_project (cli->store, project->id, &error)))
    return daftar_cli_fail (cli, error);

  number = daftar_format_id (daftar_context_get_format (cli->context), updated->id);
  g_print (_("Updated project %s: %s\n"), number, updated->name);
  return DAFTAR_CLI_OK;
}

static int
project_list (DaftarCli  *cli,
              int         argc,
              char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  gboolean json = FALSE;
  gboolean all = FALSE;
  int status;
  GOptionEntry entries[] = {
    daftar_cli_json_option (&json),
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Include archived projects"), NULL },
    { NULL }
  };

  if (!daftar_cli_parse_args (cli, "project list", _("— list projects"),
                              entries, 0, NULL, &argc, &argv, &status))
    return status;

  if (!daftar_cli_open_store (cli, &error) ||
      !(projects = daftar_store_list_projects (cli->store, all, &error)))
    return daftar_cli_fail (cli, error);

  if (json)
    {
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < projects->len; i++)
        json_array_add_element (array, daftar_project_to_json (g_ptr_array_index (projects, i)));
      daftar_cli_print_json_array (array);
      return DAFTAR_CLI_OK;
    }

  if (projects->len == 0)
    {
      g_print ("%s\n", _("No projects yet. Add one with “daftar-cli project add”."));
      return DAFTAR_CLI_OK;
    }

  for (guint i = 0; i < projects->len; i++)
    {
      DaftarProject *p = g_ptr_array_index (projects, i);
      const char *platform = daftar_platform_key_get_label (p->platform_key);
      g_autofree char *terms = NULL;

      if (p->has_rate)
        {
          g_autofree char *amount = daftar_cli_money_string (p->rate_minor, p->currency);
          terms = daftar_format_per_hour (amount);
        }
      else if (p->has_price)
        terms = daftar_cli_money_string (p->price_minor, p->currency);
      else
        terms = g_strdup (p->currency);

      g_print ("%4" G_GINT64_FORMAT "  %s\n", p->id, p->name);
      g_print ("      %s · %s", platform ? platform : p->platform_name,
               daftar_category_get_label (p->category));
      if (p->has_specialty)
        g_print (" · %s", daftar_specialty_get_label (p->specialty));
      g_print (" · %s · %s", daftar_pricing_get_label (p->pricing), terms);
      if (p->client != NULL)
        g_print (_(" · client: %s"), p->client);
      if (p->archived)
        g_print (" · %s", _("archived"));
      g_print ("\n");
    }

  return DAFTAR_CLI_OK;
}

/* The subcommands, each with its line of the usage */
const DaftarCliSubcommand daftar_cli_project_subcommands[] = {
  { "add", project_add, N_("Usage: daftar-cli project add NAME --platform P --category C --pricing hourly|fixed|per-task --currency CUR [--rate AMOUNT] [--price AMOUNT] [--client NAME] [--specialty KEY]") },
  { "edit", project_edit, N_("       daftar-cli project edit PROJECT [--name NAME] [--platform P] [--category C] [--pricing P] [--currency CUR] [--rate AMOUNT] [--price AMOUNT] [--client NAME] [--specialty KEY]") },
  { "list", project_list, N_("       daftar-cli project list [--all] [--json]") },
  { NULL }
};
