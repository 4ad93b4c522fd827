import { Select, type SelectProps } from '@mantine/core'
import type { Stage } from '../../../../shared/derive/relationships'
import { STAGE_OPTIONS } from './stages'

/** What a long list of choices needs: typing narrows it, Enter takes the first match, at most 50 shown. */
export const SEARCHABLE = { searchable: true, selectFirstOptionOnChange: true, limit: 50 } as const

/** The "Tag" filter of the people list and the timeline. */
export function TagFilter({ tags, value, onChange }: { tags: string[]; value: string | null; onChange: (tag: string | null) => void }) {
  return <Select label="Tag" placeholder="Any tag" data={tags} value={value} onChange={onChange} clearable {...SEARCHABLE} w={150} />
}

/** The "Stage" filter of the people list and the timeline. */
export function StageFilter({
  value,
  onChange,
  ...props
}: Omit<SelectProps, 'value' | 'onChange' | 'data'> & { value: Stage | null; onChange: (stage: Stage | null) => void }) {
  return (
    <Select
      label="Stage"
      placeholder="Any stage"
      data={STAGE_OPTIONS}
      value={value}
      onChange={(v) => onChange(v as Stage | null)}
      clearable
      w={180}
      {...props}
    />
  )
}
