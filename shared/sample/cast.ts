/**
 * The people of the sample network. `stage` says how far the relationship has come;
 * the generator writes the interactions and referrals that make it so.
 */
export type SampleStage = 'met' | 'followed-up' | 'one-to-one' | 'ongoing' | 'referral-given' | 'referral-received' | 'closed'

export type CastMember = {
  name: string
  company: string
  role: string
  industry: string
  tags: string[]
  event: 'holiday' | 'chamber' | 'leads' | 'bbq' | 'intro'
  stage: SampleStage
  learned?: Partial<Record<'ib-business' | 'ib-why-here' | 'ib-how-started' | 'ib-training' | 'ib-trends' | 'ib-speaker', string>>
  note?: string
  privateNote?: string
  atConference?: boolean
}

export const CAST: CastMember[] = [
  { name: 'Dana Reyes', company: 'Reyes Landscaping', role: 'Owner', industry: 'Landscaping', tags: ['leads-group', 'trades'], event: 'leads', stage: 'closed', atConference: true, learned: { 'ib-business': 'Commercial landscaping for office parks', 'ib-trends': 'Expanding into Ohio next spring' }, note: 'Prefers texts to calls.' },
  { name: 'Marcus Bell', company: 'Bell & Ortiz CPAs', role: 'Partner', industry: 'Accounting', tags: ['leads-group', 'finance'], event: 'leads', stage: 'referral-received', atConference: true, learned: { 'ib-training': 'Studied at Purdue', 'ib-how-started': "Took over his father's practice" }, privateNote: 'Going through a divorce; do not bring up family.' },
  { name: 'Priya Shah', company: 'Northwind Software', role: 'VP Sales', industry: 'Software', tags: ['tech'], event: 'chamber', stage: 'one-to-one', atConference: true, learned: { 'ib-why-here': 'Hiring two account executives' } },
  { name: 'Tom Nguyen', company: 'Nguyen Insurance Agency', role: 'Agent', industry: 'Insurance', tags: ['leads-group', 'finance'], event: 'leads', stage: 'referral-given', atConference: true, learned: { 'ib-business': 'Small-business liability and fleet cover' } },
  { name: 'Elena Kowalski', company: 'Kowalski Law', role: 'Attorney', industry: 'Legal', tags: ['legal'], event: 'chamber', stage: 'ongoing', atConference: true, learned: { 'ib-training': 'Law school at Michigan', 'ib-trends': 'More small firms outsourcing HR' } },
  { name: 'James Okafor', company: 'Brightline Print', role: 'Founder', industry: 'Printing', tags: ['trades'], event: 'holiday', stage: 'followed-up', atConference: true },
  { name: 'Sofia Marín', company: 'Marín Design Studio', role: 'Creative Director', industry: 'Design', tags: ['creative'], event: 'holiday', stage: 'met', atConference: true, learned: { 'ib-how-started': 'Started as a sign painter' } },
  { name: 'Ben Carter', company: 'Acme Corp', role: 'Operations Manager', industry: 'Manufacturing', tags: ['colleague'], event: 'holiday', stage: 'met', atConference: true },
  { name: 'Aisha Rahman', company: 'Lakeside Realty', role: 'Broker', industry: 'Real estate', tags: ['leads-group', 'real-estate'], event: 'leads', stage: 'closed', atConference: true, learned: { 'ib-trends': 'Buyers moving to the suburbs again' } },
  { name: 'Wei Chen', company: 'Chen Financial Planning', role: 'Planner', industry: 'Financial planning', tags: ['finance'], event: 'chamber', stage: 'followed-up', atConference: true },
  { name: 'Olivia Brooks', company: 'Brooks Events', role: 'Planner', industry: 'Events', tags: ['creative'], event: 'bbq', stage: 'ongoing', atConference: true, note: 'Knows everyone at the convention centre.' },
  { name: 'Diego Fernández', company: 'Fernández Roofing', role: 'Owner', industry: 'Construction', tags: ['trades'], event: 'chamber', stage: 'met', atConference: true },
  { name: 'Hannah Schmidt', company: 'Acme Corp', role: 'HR Director', industry: 'Manufacturing', tags: ['colleague'], event: 'holiday', stage: 'one-to-one' },
  { name: 'Kevin Murphy', company: 'Murphy Plumbing', role: 'Owner', industry: 'Trades', tags: ['leads-group', 'trades'], event: 'leads', stage: 'referral-given' },
  { name: 'Grace Liu', company: 'Pinecrest Dental', role: 'Dentist', industry: 'Healthcare', tags: ['health'], event: 'bbq', stage: 'met' },
  { name: 'Samuel Adeyemi', company: 'Adeyemi Consulting', role: 'Consultant', industry: 'Consulting', tags: ['consulting'], event: 'intro', stage: 'one-to-one' },
  { name: 'Laura Rossi', company: 'Rossi Catering', role: 'Chef-owner', industry: 'Hospitality', tags: ['leads-group'], event: 'leads', stage: 'ongoing' },
  { name: 'Noah Williams', company: 'Chamber of Commerce', role: 'Membership Director', industry: 'Nonprofit', tags: ['connector'], event: 'chamber', stage: 'referral-received' },
  { name: 'Fatima Zahra', company: 'Zahra Translations', role: 'Translator', industry: 'Language services', tags: ['creative'], event: 'chamber', stage: 'followed-up' },
  { name: 'Ryan O’Connell', company: 'O’Connell IT', role: 'Managed services', industry: 'IT', tags: ['tech'], event: 'intro', stage: 'met' },
  { name: 'Mei Tanaka', company: 'Tanaka Architecture', role: 'Architect', industry: 'Architecture', tags: ['real-estate'], event: 'bbq', stage: 'followed-up' },
  { name: 'Chris Patel', company: 'Acme Corp', role: 'Sales Director', industry: 'Manufacturing', tags: ['colleague'], event: 'holiday', stage: 'ongoing' },
  { name: 'Isabel Duarte', company: 'Duarte Photography', role: 'Photographer', industry: 'Photography', tags: ['creative', 'leads-group'], event: 'leads', stage: 'one-to-one' },
  { name: 'Ahmed Hassan', company: 'Hassan Auto Repair', role: 'Owner', industry: 'Automotive', tags: ['trades'], event: 'chamber', stage: 'met' },
  { name: 'Julia Novak', company: 'Novak Coaching', role: 'Executive coach', industry: 'Coaching', tags: ['consulting'], event: 'intro', stage: 'referral-received' },
]

export const FIRST_NAMES = ['Alex', 'Sam', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Rowan', 'Harper', 'Kai', 'Reese', 'Skyler', 'Emerson', 'Finley', 'Hayden', 'Lena', 'Omar', 'Nadia', 'Tariq', 'Yuki', 'Ingrid']
export const LAST_NAMES = ['Garcia', 'Smith', 'Kim', 'Johnson', 'Lopez', 'Brown', 'Singh', 'Martin', 'Ivanova', 'Dubois', 'Silva', 'Nakamura', 'Andersen', 'Moreau', 'Costa', 'Walsh', 'Haddad', 'Berg', 'Rossi', 'Mensah']
export const COMPANY_WORDS = ['Summit', 'Harbor', 'Maple', 'Granite', 'Beacon', 'Cedar', 'Riverside', 'Keystone', 'Bluebird', 'Ironwood']
export const COMPANY_KINDS = ['Consulting', 'Realty', 'Plumbing', 'Software', 'Dental', 'Law', 'Marketing', 'Insurance', 'Catering', 'Design']
