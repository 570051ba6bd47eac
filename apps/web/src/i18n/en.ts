// The English catalogue, one file per namespace under messages/en/. English is the reference:
// every other locale must have exactly these keys (test/messages.test.ts).

import About from "../../messages/en/About.json";
import Area from "../../messages/en/Area.json";
import Changes from "../../messages/en/Changes.json";
import Contribute from "../../messages/en/Contribute.json";
import Countries from "../../messages/en/Countries.json";
import Country from "../../messages/en/Country.json";
import Data from "../../messages/en/Data.json";
import Home from "../../messages/en/Home.json";
import Layout from "../../messages/en/Layout.json";
import Lists from "../../messages/en/Lists.json";
import Organization from "../../messages/en/Organization.json";
import Organizations from "../../messages/en/Organizations.json";
import Record from "../../messages/en/Record.json";
import Releases from "../../messages/en/Releases.json";
import Search from "../../messages/en/Search.json";
import Therapies from "../../messages/en/Therapies.json";
import Therapy from "../../messages/en/Therapy.json";
import Timeline from "../../messages/en/Timeline.json";
import Trial from "../../messages/en/Trial.json";
import Trials from "../../messages/en/Trials.json";

export const en = {
  Layout,
  Home,
  Area,
  Therapies,
  Therapy,
  Organizations,
  Organization,
  Countries,
  Country,
  Trials,
  Trial,
  Timeline,
  Changes,
  Search,
  About,
  Contribute,
  Data,
  Record,
  Lists,
  Releases,
};
export type Messages = typeof en;
export const NAMESPACES = Object.keys(en) as (keyof Messages)[];
