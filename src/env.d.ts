interface ImportMetaEnv {
  /** True only under `astro dev` (set by the content gate): drafts are shown there and nowhere else. */
  readonly SHOW_DRAFTS: boolean;
}
